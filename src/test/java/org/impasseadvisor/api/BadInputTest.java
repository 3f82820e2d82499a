package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Every class of bad input gets a 400 (or 415) RFC 9457 problem that names the field, never a 5xx. */
@QuarkusTest
class BadInputTest {

    private static ValidatableResponse post(String body) {
        return Recommendations.postExpectingProblem(body);
    }

    @Test
    void unknownEnumValueListsTheAllowedValues() {
        post("""
                {"rootCauses": ["FEAR", "BOREDOM"]}""")
                .statusCode(400)
                .body("errors.field", hasItem("rootCauses[1]"))
                .body("errors.find { it.field == 'rootCauses[1]' }.message", containsString("BOREDOM"))
                .body("errors.find { it.field == 'rootCauses[1]' }.allowed", hasItems("FEAR", "POWER_STRUGGLE"));
    }

    @Test
    void unknownNestedEnumValueNamesItsPath() {
        post("""
                {"rootCauses": ["FEAR"], "client": {"suicideRisk": "SEVERE"}}""")
                .statusCode(400)
                .body("errors[0].field", equalTo("client.suicideRisk"))
                .body("errors[0].allowed", hasItems("NONE", "LOW", "MODERATE", "HIGH", "IMMINENT"));
    }

    @Test
    void unknownPropertyIsRejectedWithTheKnownOnes() {
        post("""
                {"rootCauses": ["FEAR"], "patientName": "x", "client": {"mood": "low"}}""")
                .statusCode(400)
                .body("errors.field", hasItems("patientName", "client.mood"))
                .body("errors.find { it.field == 'patientName' }.allowed", hasItem("rootCauses"));
    }

    @Test
    void emptyRootCausesIsRejected() {
        post("""
                {"rootCauses": []}""")
                .statusCode(400)
                .body("errors[0].field", equalTo("rootCauses"));
    }

    @Test
    void missingRootCausesIsRejected() {
        post("""
                {"concerns": ["PTSD"]}""")
                .statusCode(400)
                .body("errors[0].field", equalTo("rootCauses"))
                .body("errors[0].message", containsString("required"));
    }

    @Test
    void moreThanTenRootCausesIsRejected() {
        post("""
                {"rootCauses": ["POWER_STRUGGLE", "IRRECONCILABLE_DIFFERENCES", "PERSONALITY_MISMATCH", "DENIAL",
                 "APPROACH_MISALIGNMENT", "FEAR", "LOW_MOTIVATION", "DECEPTION", "EMOTIONAL_DYSREGULATION",
                 "UNMET_NEEDS", "DISENGAGEMENT"]}""")
                .statusCode(400)
                .body("errors[0].field", equalTo("rootCauses"))
                .body("errors[0].message", containsString("at most 10"));
    }

    @Test
    void outOfRangeNumbersNameTheirBounds() {
        post("""
                {"rootCauses": ["LOW_MOTIVATION"],
                 "measures": {"phq9Total": 28, "phq9Item9": -1},
                 "alliance": {"srsTotal": 40.5},
                 "limit": 51}""")
                .statusCode(400)
                .body("errors", hasSize(4))
                .body("errors.find { it.field == 'measures.phq9Total' }.message", containsString("0 to 27"))
                .body("errors.find { it.field == 'measures.phq9Item9' }.message", containsString("0 to 3"))
                .body("errors.find { it.field == 'alliance.srsTotal' }.message", containsString("0 to 40"))
                .body("errors.find { it.field == 'limit' }.message", containsString("1 to 50"));
    }

    @Test
    void hugeNumbersAreOutOfRangeNotAnOverflow() {
        post("""
                {"rootCauses": ["FEAR"], "progress": {"sessionsCompleted": 123456789012345678901234567890}}""")
                .statusCode(400)
                .body("errors[0].field", equalTo("progress.sessionsCompleted"));
    }

    @Test
    void wrongTypesAreNamed() {
        post("""
                {"rootCauses": "FEAR", "client": {"culturalFactors": "yes"}, "measures": {"gad7Total": 3.5},
                 "therapist": []}""")
                .statusCode(400)
                .body("errors.field", hasItems("rootCauses", "client.culturalFactors", "measures.gad7Total",
                        "therapist"));
    }

    @Test
    void everyProblemIsReportedInOneAnswer() {
        post("""
                {"rootCauses": ["NOPE"], "concerns": ["FLU"], "client": {"ageGroup": "TODDLER"},
                 "progress": {"orsTrend": "UP"}, "extra": true}""")
                .statusCode(400)
                .body("errors.field", hasItems("rootCauses[0]", "concerns[0]", "client.ageGroup",
                        "progress.orsTrend", "extra"));
    }

    @Test
    void bodyThatIsNotAnObjectIsRejected() {
        post("""
                ["FEAR"]""")
                .statusCode(400)
                .body("errors[0].field", equalTo("$"));
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        post("{\"rootCauses\": [\"FEAR\"")
                .statusCode(400)
                .body("title", equalTo("Malformed JSON"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void duplicateKeysAreRejected() {
        post("""
                {"rootCauses": ["FEAR"], "rootCauses": ["DECEPTION"]}""")
                .statusCode(400)
                .body("detail", containsString("rootCauses"));
    }

    @Test
    void emptyBodyIsRejected() {
        given().filter(Contract.responseValidated())
                .contentType(ContentType.JSON)
                .when().post("/api/v1/recommendations")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void nonJsonContentTypeIsUnsupported() {
        given().filter(Contract.responseValidated())
                .contentType(ContentType.TEXT).body("rootCauses=FEAR")
                .when().post("/api/v1/recommendations")
                .then().statusCode(415).contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void unknownExplainLevelListsTheAllowedOnes() {
        given().filter(Contract.responseValidated())
                .contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"]}")
                .queryParam("explain", "everything")
                .when().post("/api/v1/recommendations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("explain"))
                .body("errors[0].allowed", hasItems("none", "full"));
    }
}
