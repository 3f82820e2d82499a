package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Hostile sizes are refused as problems before they cost memory or time. */
@QuarkusTest
class LimitsTest {

    private static ValidatableResponse post(String body) {
        return Recommendations.postExpectingProblem(body);
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String padding = " ".repeat(70_000);
        post("{\"rootCauses\": [\"FEAR\"]" + padding + "}")
                .statusCode(413)
                .body("type", equalTo("urn:impasse-advisor:problem:payload-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void anOversizedFeedbackIsRefusedWith413() {
        given().filter(Contract.responseValidated())
                .contentType(ContentType.JSON).body("{\"comment\": \"" + "x".repeat(70_000) + "\"}")
                .when().post("/api/v1/recommendations/00000000-0000-4000-8000-000000000000/feedback")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void deepNestingIsRefusedAsMalformed() {
        post("{\"rootCauses\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}")
                .statusCode(400)
                .body("type", equalTo("urn:impasse-advisor:problem:malformed-json"))
                .body("detail", containsString("nesting depth"));
    }

    @Test
    void aNumberWithThousandsOfDigitsIsRefused() {
        post("{\"rootCauses\": [\"FEAR\"], \"limit\": " + "9".repeat(5_000) + "}")
                .statusCode(400);
    }

    @Test
    void aHugeButShortNumberIsOutOfRange() {
        post("{\"rootCauses\": [\"FEAR\"], \"alliance\": {\"srsTotal\": 1e400}, \"limit\": 99999999999999999999}")
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("alliance.srsTotal", "limit"));
    }

    @Test
    void anOverlongArrayIsRefusedWithOneError() {
        post("{\"rootCauses\": [" + "\"FEAR\",".repeat(1_000) + "\"FEAR\"]}")
                .statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].message", containsString("at most 64 items"));
    }

    @Test
    void thousandsOfErrorsAreListedUpToFifty() {
        StringBuilder body = new StringBuilder("{\"rootCauses\": [\"FEAR\"]");
        for (int i = 0; i < 2_000; i++) {
            body.append(", \"p").append(i).append("\": 1");
        }
        post(body.append('}').toString())
                .statusCode(400)
                .body("errors", hasSize(51))
                .body("errors[50].field", equalTo("$"))
                .body("errors[50].message", containsString("1950 more"));
    }
}
