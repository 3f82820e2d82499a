package org.impasseadvisor.cdshooks.trust;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.ConfigProvider;
import org.impasseadvisor.api.Contract;
import org.junit.jupiter.api.Test;

/** The EHR's JWT, checked as "Trusting CDS Clients" asks; keys and JWK Set from {@link TrustedEhr}. */
@QuarkusTest
@TestProfile(TrustedEhr.class)
class TrustedEhrTest {

    private static final String PATIENT_VIEW = "/cds-services/impasse-advisor-patient-view";

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }

    private static String url(String path) {
        return RestAssured.baseURI + ":" + RestAssured.port + path;
    }

    private static JWTClaimsSet.Builder claims(String path) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(TrustedEhr.ISSUER).audience(url(path))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(240)))
                .jwtID(UUID.randomUUID().toString());
    }

    private static String es384(JWTClaimsSet claims, UnaryOperator<JWSHeader.Builder> header) throws Exception {
        ECKey key = ECKey.parse(config("test.ehr.es384"));
        return sign(header.apply(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())).build(), claims, new ECDSASigner(key));
    }

    private static String es384(JWTClaimsSet claims) throws Exception {
        return es384(claims, h -> h);
    }

    private static String rs384(JWTClaimsSet claims) throws Exception {
        RSAKey key = RSAKey.parse(config("test.ehr.rs384"));
        return sign(new JWSHeader.Builder(JWSAlgorithm.RS384).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(),
                claims, new RSASSASigner(key));
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static int discover(String token) {
        return given().filter(Contract.validated()).header("Authorization", "Bearer " + token)
                .when().get("/cds-services").then().extract().statusCode();
    }

    @Test
    void aValidEs384TokenIsAccepted() throws Exception {
        assertThat(discover(es384(claims("/cds-services").build()))).isEqualTo(200);
    }

    @Test
    void aValidRs384TokenIsAccepted() throws Exception {
        assertThat(discover(rs384(claims("/cds-services").build()))).isEqualTo(200);
    }

    @Test
    void noTokenIsRefused() {
        given().filter(Contract.validated()).when().get("/cds-services").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Instant past = Instant.now().minus(10, ChronoUnit.MINUTES);
        assertThat(discover(es384(claims("/cds-services").issueTime(Date.from(past.minusSeconds(60)))
                .expirationTime(Date.from(past)).build()))).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherUrlIsRefused() throws Exception {
        assertThat(discover(es384(claims("/cds-services").audience("https://other.example/cds-services").build())))
                .isEqualTo(401);
        assertThat(discover(es384(claims(PATIENT_VIEW).build()))).isEqualTo(401);
    }

    @Test
    void anUnknownIssuerIsRefused() throws Exception {
        assertThat(discover(es384(claims("/cds-services").issuer("https://rogue.example").build()))).isEqualTo(401);
    }

    @Test
    void aJkuOutsideTheAllowlistIsRefused() throws Exception {
        assertThat(discover(es384(claims("/cds-services").build(),
                h -> h.jwkURL(URI.create("https://rogue.example/jwks.json"))))).isEqualTo(401);
    }

    @Test
    void anAllowedJkuIsAccepted() throws Exception {
        assertThat(discover(es384(claims("/cds-services").build(),
                h -> h.jwkURL(URI.create(config("test.ehr.jwks-url")))))).isEqualTo(200);
    }

    @Test
    void algNoneIsRefused() {
        assertThat(discover(new PlainJWT(claims("/cds-services").build()).serialize())).isEqualTo(401);
    }

    @Test
    void anHmacTokenIsRefused() throws Exception {
        assertThat(discover(sign(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).keyID("es-1")
                .build(), claims("/cds-services").build(), new MACSigner(new byte[32])))).isEqualTo(401);
    }

    @Test
    void aBadSignatureIsRefused() throws Exception {
        ECKey impostor = new ECKeyGenerator(Curve.P_384).keyID("es-1").generate();
        assertThat(discover(sign(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT).keyID("es-1")
                .build(), claims("/cds-services").build(), new ECDSASigner(impostor)))).isEqualTo(401);
    }

    @Test
    void aReplayedJtiIsRefused() throws Exception {
        String token = es384(claims("/cds-services").build());
        assertThat(discover(token)).isEqualTo(200);
        assertThat(discover(token)).isEqualTo(401);
    }

    @Test
    void aSandboxShapedCallGetsCardsAndItsFeedbackReachesInsights() throws Exception {
        Instant from = Instant.now().minusMillis(1);
        ObjectNode call = org.impasseadvisor.cdshooks.ChartsAccess.callFor(Map.of("rootCauses", List.of("FEAR"),
                "concerns", List.of("PTSD")));
        JsonPath cards = given().filter(Contract.validated())
                .header("Authorization", "Bearer " + es384(claims(PATIENT_VIEW).build()))
                .contentType(ContentType.JSON).body(call.toString())
                .when().post(PATIENT_VIEW).then().statusCode(200).extract().jsonPath();
        String card = cards.getString("cards[0].uuid");
        String strategy = cards.getString("cards[0].source.url").replaceAll(".*/", "");
        String feedback = "{\"feedback\":[{\"card\":\"" + card + "\",\"outcome\":\"accepted\","
                + "\"outcomeTimestamp\":\"2026-11-25T10:05:31Z\"}]}";
        given().filter(Contract.validated())
                .header("Authorization", "Bearer " + es384(claims(PATIENT_VIEW + "/feedback").build()))
                .contentType(ContentType.JSON).body(feedback)
                .when().post(PATIENT_VIEW + "/feedback").then().statusCode(200);
        given().filter(Contract.validated()).queryParam("from", from.toString())
                .when().get("/api/v1/insights/strategies").then().statusCode(200)
                .body("strategies.find { it.strategyId == '" + strategy + "' }.accepted", equalTo(1));
    }

    private static void jwks(String state) throws Exception {
        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create(config("test.ehr.jwks-control") + "?state=" + state)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void aTokenWithoutKidIsRefused() throws Exception {
        ECKey key = ECKey.parse(config("test.ehr.es384"));
        assertThat(discover(sign(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT).build(),
                claims("/cds-services").build(), new ECDSASigner(key)))).isEqualTo(401);
    }

    @Test
    void aTokenWithoutTypIsRefused() throws Exception {
        ECKey key = ECKey.parse(config("test.ehr.es384"));
        assertThat(discover(sign(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(key.getKeyID()).build(),
                claims("/cds-services").build(), new ECDSASigner(key)))).isEqualTo(401);
    }

    @Test
    void aJwkSetOutageKeepsTheLastGoodKeysInUse() throws Exception {
        assertThat(discover(es384(claims("/cds-services").build()))).isEqualTo(200);
        jwks("down");
        try {
            Thread.sleep(2_500); // past the test profile's two-second JWK Set cache
            assertThat(discover(es384(claims("/cds-services").build()))).isEqualTo(200);
            assertThat(discover(rs384(claims("/cds-services").build()))).isEqualTo(200);
        } finally {
            jwks("up");
        }
    }

    @Test
    void aRotatedKeyIsFetchedWhenATokenNamesIt() throws Exception {
        jwks("rotated");
        try {
            ECKey rotated = ECKey.parse(config("test.ehr.es384-rotated"));
            assertThat(discover(sign(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT)
                    .keyID(rotated.getKeyID()).build(), claims("/cds-services").build(), new ECDSASigner(rotated))))
                    .isEqualTo(200);
        } finally {
            jwks("up");
        }
    }

    @Test
    void untrustedTokenValuesCannotForgeALogLine() throws Exception {
        java.util.List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                lines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            String forged = "x\nINFO  [org.imp.cds.tru.EhrTokenFilter] Accepted CDS Hooks call from https://rogue.example";
            ECKey key = ECKey.parse(config("test.ehr.es384"));
            assertThat(discover(sign(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT)
                    .keyID("es-1\r\n" + forged).build(), claims("/cds-services").issuer(forged).build(),
                    new ECDSASigner(key)))).isEqualTo(401);
            assertThat(discover(sign(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT)
                    .keyID(key.getKeyID()).build(), claims("/cds-services").audience(forged).build(),
                    new ECDSASigner(key)))).isEqualTo(401);
        } finally {
            root.removeHandler(capture);
        }
        assertThat(lines).filteredOn(line -> line.contains("Refused CDS Hooks call")).hasSize(2)
                .allSatisfy(line -> assertThat(line).doesNotContain("\n").doesNotContain("\r"))
                .anySatisfy(line -> assertThat(line).contains("\\nINFO"));
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @jakarta.inject.Inject
    org.impasseadvisor.records.RecordSchema schema;

    @Test
    void seenTokensAreSharedThroughPostgresqlAndKeptPerInstanceOnH2() throws Exception {
        JWTClaimsSet claims = claims("/cds-services").build();
        assertThat(discover(es384(claims))).isEqualTo(200);
        schema.ensureCurrent();
        String key = DatabaseReplayStore.key(TrustedEhr.ISSUER, claims.getJWTID());
        int rows;
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM seen_ehr_token WHERE token_key = ?")) {
            count.setString(1, key);
            try (java.sql.ResultSet result = count.executeQuery()) {
                result.next();
                rows = result.getInt(1);
            }
        }
        boolean postgresql = config("quarkus.datasource.db-kind").equals("postgresql");
        assertThat(rows).isEqualTo(postgresql ? 1 : 0);
        if (postgresql) {
            // another replica, with its own memory and the same database, refuses the replay
            DatabaseReplayStore otherReplica = new DatabaseReplayStore(dataSource, () -> { });
            Instant now = Instant.now();
            assertThat(otherReplica.firstUse(TrustedEhr.ISSUER, claims.getJWTID(), now.plusSeconds(300), now))
                    .isFalse();
            assertThat(otherReplica.firstUse(TrustedEhr.ISSUER, UUID.randomUUID().toString(), now.plusSeconds(300),
                    now)).isTrue();
        }
    }
}
