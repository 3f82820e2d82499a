package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.impasseadvisor.catalog.ImpasseCatalog;
import org.junit.jupiter.api.Test;

/** The recommendation endpoint as a client sees it, every answer checked against openapi.yaml. */
@QuarkusTest
class RecommendationResourceTest {

    private static final String FEAR_WITH_PTSD = """
            {"rootCauses": ["FEAR"], "concerns": ["PTSD"],
             "client": {"ageGroup": "ADULT", "suicideRisk": "LOW"},
             "alliance": {"srsTotal": 34, "ruptureMarkers": ["WITHDRAWAL"]},
             "therapist": {"trainedIn": ["EMDR", "CBT"]}}""";

    @Test
    void answersRankedStrategiesWithReasonsAndAnId() {
        given().filter(Contract.validated())
                .contentType(ContentType.JSON).body(FEAR_WITH_PTSD)
                .when().post("/api/v1/recommendations")
                .then().statusCode(200)
                .body("recommendationId", matchesPattern("[0-9a-f-]{36}"))
                .body("catalog.version", equalTo(ImpasseCatalog.VERSION))
                .body("catalog.hash", equalTo(ImpasseCatalog.build().hash()))
                .body("strategies[0].id", equalTo("establish-safety-before-trauma-work"))
                .body("strategies[0].rank", equalTo(1))
                .body("strategies[0].origin", equalTo("Address PTSD with Tailored Interventions"))
                .body("strategies[0].reasons.ruleId", hasItem("fear-needs-safety-first"))
                .body("strategies.reasons.rationale.flatten()", everyItem(notNullValue()))
                .body("alerts", hasSize(0))
                .body("note", nullValue())
                .body("trace", nullValue());
    }

    @Test
    void ranksRunFromOneWithNonIncreasingScores() {
        JsonPath answer = Recommendations.recommend(FEAR_WITH_PTSD);
        List<Integer> ranks = answer.getList("strategies.rank", Integer.class);
        List<Float> scores = answer.getList("strategies.score", Float.class);
        assertThat(ranks).isEqualTo(java.util.stream.IntStream.rangeClosed(1, ranks.size()).boxed().toList());
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void highSuicideRiskPinsSafetyPlanningAndWithholdsReprocessing() {
        given().filter(Contract.validated())
                .contentType(ContentType.JSON).body("""
                        {"rootCauses": ["FEAR"], "concerns": ["PTSD"], "client": {"suicideRisk": "HIGH"},
                         "therapist": {"trainedIn": ["EMDR"]}}""")
                .when().post("/api/v1/recommendations")
                .then().statusCode(200)
                .body("alerts[0].severity", equalTo("CRITICAL"))
                .body("alerts[0].code", equalTo("SUICIDE_RISK"))
                .body("strategies[0].id", equalTo("safety-planning"))
                .body("strategies[0].pinned", equalTo(true))
                .body("withheld.id", hasItem("emdr-reprocessing"))
                .body("strategies.id", org.hamcrest.Matchers.not(hasItem("emdr-reprocessing")));
    }

    @Test
    void limitCapsTheAnswer() {
        given().filter(Contract.validated())
                .contentType(ContentType.JSON).body("""
                        {"rootCauses": ["FEAR", "DISENGAGEMENT", "STALLED_PROGRESS", "CULTURAL_DISCONNECT"],
                         "limit": 2}""")
                .when().post("/api/v1/recommendations")
                .then().statusCode(200)
                .body("strategies.size()", lessThanOrEqualTo(2));
    }

    @Test
    void reorderedSetsGetTheSameAnswer() {
        JsonPath one = Recommendations.recommend("""
                {"rootCauses": ["DECEPTION", "LOW_MOTIVATION"], "concerns": ["SUBSTANCE_USE", "DEPRESSION"]}""");
        JsonPath other = Recommendations.recommend("""
                {"rootCauses": ["LOW_MOTIVATION", "DECEPTION"], "concerns": ["DEPRESSION", "SUBSTANCE_USE"]}""");
        assertThat(other.getList("strategies", Map.class)).isEqualTo(one.getList("strategies", Map.class));
        assertThat(other.getString("recommendationId")).isNotEqualTo(one.getString("recommendationId"));
    }

    @Test
    void fullExplanationTracesEveryRuleWithWhatItObserved() {
        JsonPath answer = given().filter(Contract.validated())
                .contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"], \"concerns\": [\"PTSD\"]}")
                .queryParam("explain", "full")
                .when().post("/api/v1/recommendations")
                .then().statusCode(200)
                .body("trace.rules", notNullValue())
                .extract().jsonPath();
        var catalog = ImpasseCatalog.build();
        assertThat(answer.getList("trace.rules")).hasSize(catalog.alerts().size() + catalog.rules().size());
        assertThat(answer.getList("trace.rules.observations.flatten().observed", String.class))
                .as("a field the caller did not send is reported as missing").contains("missing");
        assertThat(answer.getList("trace.rules.findAll { it.fired }.ruleId", String.class))
                .contains("fear-needs-safety-first");
        assertThat(answer.getList("trace.nearMisses.failedCondition", String.class)).isNotEmpty();
    }
}
