package org.impasseadvisor.api.cors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.impasseadvisor.api.Contract;
import org.junit.jupiter.api.Test;

/**
 * Browser apps on the origins in {@code impasse.api.cors.origins} (https://notes.example in tests) may call
 * the REST API; others get a problem. Preflights are OPTIONS requests the contract does not describe, so
 * they skip the contract filter; the answers to real requests go through it.
 */
@QuarkusTest
class ApiCorsTest {

    private static final String APP = "https://notes.example";

    @Test
    void aPreflightFromAnAllowedOriginMaySendTheTracingAndIdempotencyHeaders() {
        given().header("Origin", APP)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, x-request-id, traceparent, idempotency-key")
                .when().options("/api/v1/recommendations")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(APP))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("traceparent"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void anAllowedOriginReadsTheCatalogAndSeesTheExposedHeaders() {
        given().filter(Contract.validated()).header("Origin", APP)
                .when().get("/api/v1/catalog")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(APP))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void anotherOriginGetsAProblemNotAnEmptyBody() {
        given().filter(Contract.validated()).header("Origin", "https://rogue.example")
                .when().get("/api/v1/catalog")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .body("status", equalTo(403))
                .body("detail", containsString("impasse.api.cors.origins"));
    }

    @Test
    void aPreflightFromAnotherOriginGetsAProblem() {
        given().header("Origin", "https://rogue.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/recommendations")
                .then().statusCode(403).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aPreflightAskingForAnotherHeaderGetsAProblem() {
        given().header("Origin", APP)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "X-Secret")
                .when().options("/api/v1/recommendations")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("Idempotency-Key"));
    }

    @Test
    void theCdsHooksOriginIsNotAnApiOrigin() {
        given().header("Origin", "https://sandbox.cds-hooks.org")
                .when().get("/api/v1/strategies")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anApiOriginIsNotACdsHooksOrigin() {
        given().header("Origin", APP)
                .header("Access-Control-Request-Method", "POST")
                .when().options("/cds-services/impasse-advisor-patient-view")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aPageOfTheServiceItselfMayCallWithoutBeingListed() {
        String self = RestAssured.baseURI + ":" + RestAssured.port;
        given().filter(Contract.validated()).header("Origin", self)
                .when().get("/api/v1/strategies")
                .then().statusCode(200);
    }
}
