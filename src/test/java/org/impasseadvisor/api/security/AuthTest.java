package org.impasseadvisor.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.impasseadvisor.api.Contract;
import org.junit.jupiter.api.Test;

/**
 * With authentication configured, /api/v1/** needs a bearer JWT from the configured issuer: missing,
 * expired, wrongly issued or wrongly signed tokens get a 401 problem, a token without the operation's
 * role a 403 problem, and the right role is served. Probes need no token.
 */
@QuarkusTest
@TestProfile(AuthTest.Enabled.class)
class AuthTest {

    static final String ISSUER = "https://issuer.example.test";
    private static final String DESCRIPTOR = "{\"rootCauses\": [\"FEAR\"]}";

    public static class Enabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "impasse.auth.enabled", "true",
                    "mp.jwt.verify.publickey.location", "test-keys/public.pem",
                    "mp.jwt.verify.issuer", ISSUER);
        }
    }

    static String token(String issuer, String key, Instant expiresAt, String... roles) {
        return Jwt.issuer(issuer).subject("clinic-app").groups(Set.of(roles))
                .issuedAt(expiresAt.minusSeconds(3_600)).expiresAt(expiresAt)
                .sign(key);
    }

    static String token(String... roles) {
        return token(ISSUER, "test-keys/private.pem", Instant.now().plusSeconds(300), roles);
    }

    private static RequestSpecification as(String token) {
        return given().filter(Contract.responseValidated()).header("Authorization", "Bearer " + token);
    }

    private static void refusedWith401(RequestSpecification request) {
        request.contentType(ContentType.JSON).body(DESCRIPTOR)
                .when().post("/api/v1/recommendations")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:impasse-advisor:problem:unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void aMissingTokenIsRefused() {
        refusedWith401(given().filter(Contract.responseValidated()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        refusedWith401(as(token(ISSUER, "test-keys/private.pem", Instant.now().minusSeconds(600), "impasse.recommend")));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        refusedWith401(as(token("https://elsewhere.example.test", "test-keys/private.pem",
                Instant.now().plusSeconds(300), "impasse.recommend")));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        refusedWith401(as(token(ISSUER, "test-keys/other-private.pem", Instant.now().plusSeconds(300),
                "impasse.recommend")));
    }

    @Test
    void somethingThatIsNotAJwtIsRefused() {
        refusedWith401(as("not.a.jwt"));
    }

    @Test
    void aTokenWithoutTheRoleIsForbidden() {
        as(token("impasse.insights")).contentType(ContentType.JSON).body(DESCRIPTOR)
                .when().post("/api/v1/recommendations")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:impasse-advisor:problem:forbidden"));
    }

    @Test
    void theRecommendRoleIsServed() {
        as(token("impasse.recommend")).contentType(ContentType.JSON).body(DESCRIPTOR)
                .when().post("/api/v1/recommendations")
                .then().statusCode(200);
    }

    @Test
    void feedbackNeedsTheFeedbackRole() {
        JsonPath answer = as(token("impasse.recommend")).contentType(ContentType.JSON).body(DESCRIPTOR)
                .when().post("/api/v1/recommendations").then().statusCode(200).extract().jsonPath();
        String path = "/api/v1/recommendations/" + answer.getString("recommendationId") + "/feedback";
        String body = "{\"strategyId\": \"" + answer.getString("strategies[0].id") + "\", \"outcome\": \"ACCEPTED\"}";
        as(token("impasse.recommend")).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(403);
        as(token("impasse.feedback")).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201);
    }

    @Test
    void insightsNeedTheInsightsRole() {
        as(token("impasse.recommend", "impasse.feedback")).when().get("/api/v1/insights/strategies")
                .then().statusCode(403);
        as(token("impasse.insights")).when().get("/api/v1/insights/strategies")
                .then().statusCode(200);
    }

    @Test
    void theCatalogNeedsAnyValidToken() {
        given().filter(Contract.responseValidated()).when().get("/api/v1/catalog").then().statusCode(401);
        as(token()).when().get("/api/v1/strategies/safety-planning").then().statusCode(200);
        as(token("impasse.feedback")).when().get("/api/v1/catalog").then().statusCode(200);
    }

    @Test
    void probesAndMetricsNeedNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
