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
 * over real HTTP from 127.0.0.1. The private keys reach the test through configuration.
 */
public class TrustedEhr implements QuarkusTestProfile {

    public static final String ISSUER = "https://ehr.example.org";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(JwksServer.class));
    }

    public static class JwksServer implements QuarkusTestResourceLifecycleManager {

        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                ECKey es = new ECKeyGenerator(Curve.P_384).keyID("es-1").algorithm(JWSAlgorithm.ES384).generate();
                RSAKey rs = new RSAKeyGenerator(2048).keyID("rs-1").algorithm(JWSAlgorithm.RS384).generate();
                String jwks = new JWKSet(List.of(es.toPublicJWK(), rs.toPublicJWK())).toString();
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/jwks.json", exchange -> {
                    byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
                server.start();
                String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
                return Map.of(
                        "impasse.cds.trust.enabled", "true",
                        "impasse.cds.trust.issuers.test-ehr.iss", ISSUER,
                        "impasse.cds.trust.issuers.test-ehr.jwks-url", url,
                        "impasse.cds.trust.issuers.test-ehr.allowed-jku", url,
                        "test.ehr.es384", es.toJSONString(),
                        "test.ehr.rs384", rs.toJSONString(),
                        "test.ehr.jwks-url", url);
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
