package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Feedback is idempotent: the same recommendation, strategy and outcome is stored once and answered the
 * same each time, with the same {@code Location}; an Idempotency-Key is honoured the same way, and the same key
 * with other feedback is refused.
 */
@QuarkusTest
class FeedbackIdempotencyTest {

    private static final String DESCRIPTOR = """
            {"rootCauses": ["DISENGAGEMENT", "LOW_MOTIVATION"], "client": {"ageGroup": "ADOLESCENT"}}""";

    private static Response post(String recommendationId, String body, String key) {
        var request = given().filter(Contract.validated()).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/recommendations/" + recommendationId + "/feedback");
    }

    private static int accepted(String strategy) {
        return given().filter(Contract.validated()).queryParam("rootCause", "DISENGAGEMENT")
                .when().get("/api/v1/insights/strategies").then().statusCode(200).extract().jsonPath()
                .getInt("strategies.find { it.strategyId == '" + strategy + "' }.accepted");
    }

    @Test
    void theSameFeedbackTwiceIsStoredOnceAndAnsweredTheSame() {
        JsonPath recommendation = Recommendations.recommend(DESCRIPTOR);
        String id = recommendation.getString("recommendationId");
        String strategy = recommendation.getString("strategies[0].id");
        String body = """
                {"strategyId": "%s", "outcome": "ACCEPTED"}""".formatted(strategy);
        int before = accepted(strategy);

        Response first = post(id, body, null);
        Response again = post(id, body, null);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.jsonPath().getString("feedbackId")).isEqualTo(first.jsonPath().getString("feedbackId"));
        assertThat(again.jsonPath().getString("recordedAt")).isEqualTo(first.jsonPath().getString("recordedAt"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"))
                .endsWith("/api/v1/recommendations/" + id + "/feedback/" + first.jsonPath().getString("feedbackId"));
        assertThat(accepted(strategy)).isEqualTo(before + 1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsAnsweredTheSame() {
        JsonPath recommendation = Recommendations.recommend(DESCRIPTOR);
        String id = recommendation.getString("recommendationId");
        String body = """
                {"strategyId": "%s", "outcome": "OVERRIDDEN", "reason": "ALREADY_TRIED"}"""
                .formatted(recommendation.getString("strategies[0].id"));
        Response first = post(id, body, "9b1d3c2e-key-1");
        Response retry = post(id, body, "9b1d3c2e-key-1");
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
    }

    @Test
    void theSameIdempotencyKeyWithAnotherOutcomeIsRefusedAndNothingIsStored() {
        JsonPath recommendation = Recommendations.recommend(DESCRIPTOR);
        String id = recommendation.getString("recommendationId");
        String strategy = recommendation.getString("strategies[0].id");
        int before = accepted(strategy);
        post(id, """
                {"strategyId": "%s", "outcome": "OVERRIDDEN", "reason": "ALREADY_TRIED"}""".formatted(strategy),
                "4c7e-key-2").then().statusCode(201);

        post(id, """
                {"strategyId": "%s", "outcome": "ACCEPTED"}""".formatted(strategy), "4c7e-key-2")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:impasse-advisor:problem:unprocessable-content"));
        assertThat(accepted(strategy)).isEqualTo(before);
    }

    @Test
    void anotherOutcomeIsAnotherFeedback() {
        JsonPath recommendation = Recommendations.recommend(DESCRIPTOR);
        String id = recommendation.getString("recommendationId");
        String strategy = recommendation.getString("strategies[0].id");
        String accepted = post(id, """
                {"strategyId": "%s", "outcome": "ACCEPTED"}""".formatted(strategy), null).jsonPath().getString("feedbackId");
        String resolved = post(id, """
                {"strategyId": "%s", "outcome": "RESOLVED"}""".formatted(strategy), null).jsonPath().getString("feedbackId");
        assertThat(resolved).isNotEqualTo(accepted);
    }

    /** A new recommendation, and an accept of its first strategy. */
    private static Response acceptedFirstStrategy() {
        JsonPath recommendation = Recommendations.recommend(DESCRIPTOR);
        return post(recommendation.getString("recommendationId"), """
                {"strategyId": "%s", "outcome": "ACCEPTED"}""".formatted(recommendation.getString("strategies[0].id")), null);
    }

    @Test
    void theLocationReadsTheFeedbackBack() {
        Response created = acceptedFirstStrategy();
        given().filter(Contract.validated())
                .when().get(created.header("Location"))
                .then().statusCode(200)
                .body("feedbackId", equalTo(created.jsonPath().getString("feedbackId")))
                .body("outcome", equalTo("ACCEPTED"));
    }

    @Test
    void feedbackOnAnotherRecommendationIsNotFound() {
        Response created = acceptedFirstStrategy();
        given().filter(Contract.validated())
                .when().get("/api/v1/recommendations/5f0c2a52-8f43-4c55-a2a5-0d4a3c1f7e21/feedback/"
                        + created.jsonPath().getString("feedbackId"))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMalformedIdempotencyKeyIsAProblemNamingTheHeader() {
        JsonPath recommendation = Recommendations.recommend(DESCRIPTOR);
        given().filter(Contract.responseValidated()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "with space")
                .body("""
                        {"strategyId": "%s", "outcome": "ACCEPTED"}""".formatted(recommendation.getString("strategies[0].id")))
                .when().post("/api/v1/recommendations/" + recommendation.getString("recommendationId") + "/feedback")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
