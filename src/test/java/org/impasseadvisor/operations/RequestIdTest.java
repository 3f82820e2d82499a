package org.impasseadvisor.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** X-Request-Id: a safe one is echoed, an unsafe or missing one is replaced by a generated one. */
@QuarkusTest
class RequestIdTest {

    private static final String GENERATED = "[0-9a-f]{32}";

    @Test
    void aSafeIdIsEchoed() {
        given().header("X-Request-Id", "ehr-7f3a:visit.42_b")
                .when().get("/api/v1/strategies")
                .then().statusCode(200).header("X-Request-Id", equalTo("ehr-7f3a:visit.42_b"));
    }

    @Test
    void aMissingIdIsGenerated() {
        given().when().get("/api/v1/catalog")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(GENERATED));
    }

    @Test
    void anIdWithUnsafeCharactersIsReplaced() {
        given().header("X-Request-Id", "abc def<script>")
                .when().get("/api/v1/strategies")
                .then().header("X-Request-Id", matchesPattern(GENERATED));
    }

    @Test
    void anOverlongIdIsReplaced() {
        given().header("X-Request-Id", "a".repeat(65))
                .when().get("/api/v1/strategies")
                .then().header("X-Request-Id", matchesPattern(GENERATED));
    }

    @Test
    void problemsCarryTheIdToo() {
        given().header("X-Request-Id", "bad-body-1").contentType(ContentType.JSON).body("{")
                .when().post("/api/v1/recommendations")
                .then().statusCode(400).header("X-Request-Id", equalTo("bad-body-1"));
    }

    @Test
    void eachRequestGetsItsOwnId() {
        String first = given().when().get("/api/v1/strategies").header("X-Request-Id");
        given().when().get("/api/v1/strategies").then().header("X-Request-Id", not(equalTo(first)));
    }
}
