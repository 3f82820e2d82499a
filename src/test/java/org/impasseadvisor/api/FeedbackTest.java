package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Feedback is acknowledged with 201 only once committed, and refused clearly otherwise. */
@QuarkusTest
class FeedbackTest {

    private static final String DESCRIPTOR = """
            {"rootCauses": ["FEAR", "LOW_MOTIVATION"], "concerns": ["PTSD", "DEPRESSION"]}""";

    private static ValidatableResponse feedback(String recommendationId, String body) {
        return given().filter(Contract.responseValidated())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/recommendations/" + recommendationId + "/feedback")
                .then();
    }

    @Test
    void feedbackRightAfterTheRecommendationIsCommitted() {
        JsonPath recommendation = Recommendations.recommend(DESCRIPTOR);
        String id = recommendation.getString("recommendationId");
        String strategy = recommendation.getString("strategies[0].id");
        given().filter(Contract.validated())
                .contentType(ContentType.JSON).body("""
                        {"strategyId": "%s", "outcome": "ACCEPTED"}""".formatted(strategy))
                .when().post("/api/v1/recommendations/" + id + "/feedback")
                .then().statusCode(201)
                .body("feedbackId", notNullValue())
                .body("recommendationId", equalTo(id))
                .body("strategyId", equalTo(strategy))
                .body("outcome", equalTo("ACCEPTED"));
    }

    @Test
    void overriddenFeedbackKeepsItsReasonAndComment() {
        JsonPath recommendation = Recommendations.recommend(DESCRIPTOR);
        given().filter(Contract.validated())
                .contentType(ContentType.JSON).body("""
                        {"strategyId": "%s", "outcome": "OVERRIDDEN", "reason": "ALREADY_TRIED",
                         "comment": "Tried for six sessions last spring."}"""
                        .formatted(recommendation.getString("strategies[0].id")))
                .when().post("/api/v1/recommendations/" + recommendation.getString("recommendationId") + "/feedback")
                .then().statusCode(201)
                .body("reason", equalTo("ALREADY_TRIED"))
                .body("comment", equalTo("Tried for six sessions last spring."));
    }

    @Test
    void unknownRecommendationIsNotFound() {
        feedback("5f0c2a52-8f43-4c55-a2a5-0d4a3c1f7e21", """
                {"strategyId": "safety-planning", "outcome": "ACCEPTED"}""")
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void strategyThatWasNotRecommendedIsAConflict() {
        JsonPath recommendation = Recommendations.recommend(DESCRIPTOR);
        feedback(recommendation.getString("recommendationId"), """
                {"strategyId": "not-in-this-answer", "outcome": "ACCEPTED"}""")
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(recommendation.getString("strategies[0].id")));
    }

    @Test
    void invalidFeedbackNamesEveryField() {
        JsonPath recommendation = Recommendations.recommend(DESCRIPTOR);
        feedback(recommendation.getString("recommendationId"), """
                {"outcome": "LOVED_IT", "reason": "BORED", "comment": "%s", "rating": 5}""".formatted("x".repeat(501)))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("strategyId", "outcome", "reason", "comment", "rating"))
                .body("errors.find { it.field == 'outcome' }.allowed", hasItems("ACCEPTED", "OVERRIDDEN",
                        "RESOLVED", "NOT_RESOLVED"));
    }

    @Test
    void reasonAppliesOnlyToAnOverride() {
        JsonPath recommendation = Recommendations.recommend(DESCRIPTOR);
        feedback(recommendation.getString("recommendationId"), """
                {"strategyId": "%s", "outcome": "ACCEPTED", "reason": "OTHER"}"""
                .formatted(recommendation.getString("strategies[0].id")))
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void recommendationIdMustBeAUuid() {
        feedback("not-a-uuid", """
                {"strategyId": "safety-planning", "outcome": "ACCEPTED"}""")
                .statusCode(400)
                .body("errors[0].field", equalTo("recommendationId"));
    }
}
