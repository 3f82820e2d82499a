package org.impasseadvisor.cdshooks.trust;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Trust on, with one EHR issuer whose JWK Set (an ES384 and an RS384 key, generated here) is served
 * over real HTTP from 127.0.0.1. The private keys reach the test through configuration. The test drives
 * the JWK Set server over HTTP ({@code /control?state=…}): {@code down} answers 503 (an outage),
 * {@code rotated} adds a new key {@code es-2}, {@code up} restores the first set. The JWK Set is cached for
 * two seconds only, so a test can outlive the cache.
 */
public class TrustedEhr implements QuarkusTestProfile {

    public static final String ISSUER = "https://ehr.example.org";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(JwksServer.class));
    }

    public static class JwksServer implements QuarkusTestResourceLifecycleManager {

        private HttpServer server;
        private final java.util.concurrent.atomic.AtomicReference<String> state =
                new java.util.concurrent.atomic.AtomicReference<>("up");

        @Override
        public Map<String, String> start() {
            try {
                ECKey es = new ECKeyGenerator(Curve.P_384).keyID("es-1").algorithm(JWSAlgorithm.ES384).generate();
                ECKey rotated = new ECKeyGenerator(Curve.P_384).keyID("es-2").algorithm(JWSAlgorithm.ES384).generate();
                RSAKey rs = new RSAKeyGenerator(2048).keyID("rs-1").algorithm(JWSAlgorithm.RS384).generate();
                String jwks = new JWKSet(List.of(es.toPublicJWK(), rs.toPublicJWK())).toString();
                String rotatedJwks = new JWKSet(List.of(es.toPublicJWK(), rs.toPublicJWK(), rotated.toPublicJWK()))
                        .toString();
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/jwks.json", exchange -> {
                    String now = state.get();
                    byte[] body = (now.equals("rotated") ? rotatedJwks : jwks).getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    if (now.equals("down")) {
                        exchange.sendResponseHeaders(503, -1);
                        exchange.close();
                        return;
                    }
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
                server.createContext("/control", exchange -> {
                    state.set(exchange.getRequestURI().getQuery().replace("state=", ""));
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                });
                server.start();
                String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
                String base = "http://127.0.0.1:" + server.getAddress().getPort();
                return Map.ofEntries(
                        Map.entry("impasse.cds.trust.enabled", "true"),
                        Map.entry("impasse.cds.trust.jwks-ttl", "PT2S"),
                        Map.entry("impasse.cds.trust.jwks-timeout", "PT0.5S"),
                        Map.entry("impasse.cds.trust.jwks-min-refresh", "PT0.2S"),
                        Map.entry("test.ehr.es384-rotated", rotated.toJSONString()),
                        Map.entry("test.ehr.jwks-control", base + "/control"),
                        Map.entry("impasse.cds.trust.issuers.test-ehr.iss", ISSUER),
                        Map.entry("impasse.cds.trust.issuers.test-ehr.jwks-url", url),
                        Map.entry("impasse.cds.trust.issuers.test-ehr.allowed-jku", url),
                        Map.entry("test.ehr.es384", es.toJSONString()),
                        Map.entry("test.ehr.rs384", rs.toJSONString()),
                        Map.entry("test.ehr.jwks-url", url));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }

}
