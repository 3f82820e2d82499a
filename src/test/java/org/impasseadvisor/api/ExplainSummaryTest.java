package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** {@code ?explain=summary}, the clinician's reading of an answer, and the safety states over HTTP. */
@QuarkusTest
class ExplainSummaryTest {

    private static final String IMMINENT_FEAR_AND_DECEPTION = """
            {"rootCauses": ["FEAR", "DECEPTION"], "concerns": ["PTSD"],
             "client": {"suicideRisk": "IMMINENT", "attendance": "PARTNER_INSISTED"},
             "therapist": {"trainedIn": ["EMDR"]}}""";

    @Test
    void theSummaryExplainsEachReturnedStrategyInWordsWithoutTheTrace() {
        given().filter(Contract.validated())
                .contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"]}")
                .when().post("/api/v1/recommendations?explain=summary")
                .then().statusCode(200)
                .body("trace", nullValue())
                .body("summary[0].id", equalTo("establish-safety-before-trauma-work"))
                .body("summary[0].status", equalTo("RETURNED"))
                .body("summary[0].rank", equalTo(1))
                .body("summary[0].because", hasItem(startsWith("In the article author's practice")))
                .body("summary[0].wouldAlsoApplyIf",
                        hasItem(startsWith("Would also apply if concerns include PTSD (not recorded): ")));
    }

    @Test
    void imminentRiskActsNowAndTheSummarySaysWhyEveryImpasseStrategyWaits() {
        given().filter(Contract.validated())
                .contentType(ContentType.JSON).body(IMMINENT_FEAR_AND_DECEPTION)
                .when().post("/api/v1/recommendations?explain=summary")
                .then().statusCode(200)
                .body("alerts.code", contains("IMMINENT_SUICIDE_RISK"))
                .body("alerts[0].severity", equalTo("CRITICAL"))
                .body("strategies.id", contains("act-now-imminent-suicide-risk"))
                .body("withheld.id", hasItem("emdr-reprocessing"))
                .body("summary[0].because[0]", startsWith("Pinned first by the CRITICAL alert IMMINENT_SUICIDE_RISK"))
                .body("summary.findAll { it.status == 'WITHHELD' }.withheldBecause",
                        everyItem(startsWith("Withheld while suicide risk is imminent")));
    }

    @Test
    void theFullExplanationCarriesTheSummaryAndTheTrace() {
        given().filter(Contract.validated())
                .contentType(ContentType.JSON).body(IMMINENT_FEAR_AND_DECEPTION)
                .when().post("/api/v1/recommendations?explain=full")
                .then().statusCode(200)
                .body("summary", notNullValue())
                .body("trace.rules", notNullValue());
    }

    @Test
    void aNegatedConditionShowsItsNegationInTheTrace() {
        given().filter(Contract.validated())
                .contentType(ContentType.JSON)
                .body("{\"rootCauses\": [\"FEAR\"], \"concerns\": [\"PTSD\"],"
                        + " \"therapist\": {\"trainedIn\": [\"MOTIVATIONAL_INTERVIEWING\"]}}")
                .when().post("/api/v1/recommendations?explain=full")
                .then().statusCode(200)
                .body("trace.rules.find { it.ruleId == 'trauma-fear-untrained-in-trauma-therapy-consult' }.fired",
                        equalTo(true))
                .body("trace.rules.find { it.ruleId == 'trauma-fear-untrained-in-trauma-therapy-consult' }"
                        + ".observations.result", everyItem(equalTo("TRUE")))
                .body("trace.rules.find { it.ruleId == 'trauma-fear-untrained-in-trauma-therapy-consult' }"
                        + ".observations.condition", hasItem("not(therapist.trainedIn contains EMDR)"));
    }

    @Test
    void aPinnedStrategyIsNeverCutByTheLimit() {
        given().filter(Contract.validated())
                .contentType(ContentType.JSON)
                .body("{\"rootCauses\": [\"THERAPIST_SAFETY_CONCERN\", \"STALLED_PROGRESS\"],"
                        + " \"client\": {\"suicideRisk\": \"HIGH\"}, \"limit\": 1}")
                .when().post("/api/v1/recommendations")
                .then().statusCode(200)
                .body("strategies.id", contains("safety-planning", "therapist-safety-supervised-ending",
                        "revisit-goals-collaboratively"));
    }

    @Test
    void aReturningClientIsReadAndGetsGoalsAgreedAfresh() {
        given().filter(Contract.validated())
                .contentType(ContentType.JSON)
                .body("{\"rootCauses\": [\"STALLED_PROGRESS\"], \"client\": {\"returning\": true}}")
                .when().post("/api/v1/recommendations")
                .then().statusCode(200)
                .body("strategies[0].id", equalTo("recontract-with-returning-client"));
    }

    @Test
    void aReturningFlagThatIsNotABooleanIsAProblem() {
        given().filter(Contract.responseValidated())
                .contentType(ContentType.JSON)
                .body("{\"rootCauses\": [\"STALLED_PROGRESS\"], \"client\": {\"returning\": \"yes\"}}")
                .when().post("/api/v1/recommendations")
                .then().statusCode(400)
                .body("errors.field", hasItem("client.returning"));
    }
}
