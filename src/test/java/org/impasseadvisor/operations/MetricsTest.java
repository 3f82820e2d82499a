package org.impasseadvisor.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impasseadvisor.api.Recommendations;
import org.junit.jupiter.api.Test;

/** Prometheus metrics count recommendations, strategies, evaluations and feedback with bounded labels. */
@QuarkusTest
class MetricsTest {

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.E+-]+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0.0;
    }

    @Test
    void recommendationsAreCountedByRootCauseAndStrategy() {
        String before = scrape();
        JsonPath answer = Recommendations.recommend("{\"rootCauses\": [\"CULTURAL_DISCONNECT\", \"DENIAL\"]}");
        String strategy = answer.getString("strategies[0].id");
        String after = scrape();
        for (String series : new String[] {
                "impasse_recommendations_total{root_cause=\"CULTURAL_DISCONNECT\"}",
                "impasse_recommendations_total{root_cause=\"DENIAL\"}",
                "impasse_strategies_recommended_total{strategy=\"" + strategy + "\"}",
                "impasse_engine_evaluation_seconds_count"}) {
            assertThat(value(after, series)).as(series).isGreaterThanOrEqualTo(value(before, series) + 1);
        }
    }

    @Test
    void everyRootCauseAndStrategyHasItsSeriesFromTheStart() {
        String metrics = scrape();
        assertThat(metrics).contains("impasse_recommendations_total{root_cause=\"AMBIVALENCE\"}")
                .contains("impasse_strategies_recommended_total{strategy=\"safety-planning\"}")
                .contains("impasse_feedback_total{outcome=\"NOT_RESOLVED\"}")
                .contains("impasse_records_queued")
                .contains("impasse_records_failed_total{reason=\"queue_full\"}");
    }

    @Test
    void feedbackIsCountedByOutcome() {
        JsonPath answer = Recommendations.recommend("{\"rootCauses\": [\"FEAR\"]}");
        double before = value(scrape(), "impasse_feedback_total{outcome=\"RESOLVED\"}");
        given().contentType(ContentType.JSON)
                .body("{\"strategyId\": \"" + answer.getString("strategies[0].id") + "\", \"outcome\": \"RESOLVED\"}")
                .when().post("/api/v1/recommendations/" + answer.getString("recommendationId") + "/feedback")
                .then().statusCode(201);
        assertThat(value(scrape(), "impasse_feedback_total{outcome=\"RESOLVED\"}")).isEqualTo(before + 1);
    }

    @Test
    void noLabelCarriesWhatACallerSent() {
        given().contentType(ContentType.JSON).body("{\"rootCauses\": [\"MARKER_VALUE_Q7\"]}")
                .when().post("/api/v1/recommendations/00000000-0000-0000-0000-00000000abcd/feedback?x=MARKER_VALUE_Q7");
        given().contentType(ContentType.JSON).body("{\"rootCauses\": [\"MARKER_VALUE_Q7\"]}")
                .when().post("/api/v1/recommendations").then().statusCode(400);
        given().when().get("/api/v1/strategies/MARKER_VALUE_Q7").then().statusCode(404);
        assertThat(scrape()).doesNotContain("MARKER_VALUE_Q7");
    }
}
