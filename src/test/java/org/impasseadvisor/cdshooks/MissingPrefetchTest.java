package org.impasseadvisor.cdshooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.impasseadvisor.api.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A prefetch key the EHR did not fill is read from its FHIR server (a real HTTP server on loopback here,
 * with delays, failures and pages): all at once, within one deadline for the call, and whatever cannot
 * be read is named while the cards the rest supports, the safety card above all, still come.
 */
@QuarkusTest
class MissingPrefetchTest {

    private static final String ITEM9 = "44260-8";

    private LoopbackFhirServer fhir;

    @BeforeEach
    void startFhirServer() throws Exception {
        fhir = new LoopbackFhirServer();
    }

    @AfterEach
    void stopFhirServer() {
        fhir.close();
    }

    private ObjectNode callReading(String... missing) {
        ObjectNode call = Charts.call("Practitioner/example");
        call.put("fhirServer", fhir.base());
        call.putObject("fhirAuthorization").put("access_token", "secret-token").put("token_type", "Bearer")
                .put("expires_in", 300).put("scope", "patient/*.read").put("subject", "impasse-advisor");
        for (String key : missing) {
            ((ObjectNode) call.get("prefetch")).remove(key);
        }
        return call;
    }

    private static JsonNode positiveItem9() {
        return Charts.bundle(Charts.fhirExample("us-core-phq9-item9-nearly-every-day.json"));
    }

    @Test
    void missingKeysAreReadWithTheGivenTokenAndUsed() {
        fhir.answer(ITEM9, 200, positiveItem9(), 0);
        ObjectNode call = callReading("phq9item9", "pcl5");
        ((ObjectNode) call.get("prefetch")).set("phq9", Charts.F.objectNode().put("resourceType", "OperationOutcome"));
        JsonPath cards = CdsServicesTest.post(CdsServicesTest.PATIENT_VIEW, call, 200);
        assertThat(fhir.queries).containsExactlyInAnyOrder(
                "Observation?patient=1288992&code=http://loinc.org%7C44261-6,http://loinc.org%7C54654-9&_sort=-date&_count=1",
                "Observation?patient=1288992&code=http://loinc.org%7C44260-8&_sort=-date&_count=1",
                "Observation?patient=1288992&code=http://loinc.org%7C101698-9&_sort=-date&_count=1");
        assertThat(fhir.authorizations).containsOnly("Bearer secret-token");
        assertThat(cards.getString("cards[0].source.url")).endsWith("/strategies/safety-planning");
        assertThat(cards.getString("cards[0].indicator")).isEqualTo("warning");
        assertThat(cards.getList("cards")).hasSize(1);
    }

    @Test
    void aFailedReadIsNamedWithoutItsStatusAndTheSafetyCardStillComes() {
        fhir.answer(ITEM9, 200, positiveItem9(), 0).answer("70274-6", 500, Charts.bundle(), 0);
        String answer = given().filter(Contract.validated()).contentType(ContentType.JSON)
                .body(callReading("gad7", "phq9item9").toString()).when().post(CdsServicesTest.PATIENT_VIEW)
                .then().statusCode(200).extract().asString();
        JsonPath cards = JsonPath.from(answer);
        assertThat(cards.getString("cards[0].source.url")).endsWith("/strategies/safety-planning");
        assertThat(cards.getString("cards[1].indicator")).isEqualTo("info");
        assertThat(cards.getString("cards[1].summary")).contains("GAD-7 total");
        assertThat(cards.getString("cards[1].uuid")).isNull();
        assertThat(cards.getString("cards[1].summary") + cards.getString("cards[1].detail")).doesNotContain("500");
        assertThat(answer).doesNotContain("secret-token");
    }

    @Test
    void aSlowServerIsCutAtTheDeadlineAndTheSafetyCardFromThePrefetchComes() {
        fhir.answer("Observation", 200, Charts.bundle(), 10_000);
        ObjectNode call = callReading("gad7", "pcl5");
        ((ObjectNode) call.get("prefetch")).set("phq9item9", positiveItem9());
        JsonPath cards = CdsServicesTest.post(CdsServicesTest.PATIENT_VIEW, call, 200);
        assertThat(cards.getString("cards[0].source.url")).endsWith("/strategies/safety-planning");
        assertThat(cards.getString("cards[1].summary")).contains("GAD-7 total", "PCL-5 total");
        assertThat(cards.getList("cards")).hasSize(2);
    }

    @Test
    void aLateSafetyReadGivesAWarningToCheckRiskInTheChart() {
        fhir.answer(ITEM9, 200, positiveItem9(), 10_000);
        JsonPath cards = CdsServicesTest.post(CdsServicesTest.PATIENT_VIEW, callReading("phq9item9"), 200);
        assertThat(cards.getList("cards")).hasSize(1);
        assertThat(cards.getString("cards[0].indicator")).isEqualTo("warning");
        assertThat(cards.getString("cards[0].summary")).contains("PHQ-9 item 9");
        assertThat(cards.getString("cards[0].detail")).contains("Check suicide risk in the chart");
    }

    @Test
    void missingKeysAreReadAtTheSameTimeNotOneAfterAnother() {
        // five reads of 600 ms each: one after another they would overrun the 2 s deadline
        fhir.answer(ITEM9, 200, positiveItem9(), 600).answer("?", 200, Charts.bundle(), 600)
                .answer("Patient/", 200, Charts.fhirExample("patient-example.json"), 600);
        JsonPath cards = CdsServicesTest.post(CdsServicesTest.PATIENT_VIEW,
                callReading("patient", "conditions", "phq9", "phq9item9", "gad7"), 200);
        assertThat(fhir.queries).hasSize(5);
        assertThat(cards.getList("cards.summary", String.class)).noneMatch(s -> s.startsWith("Not read"));
        assertThat(cards.getString("cards[0].source.url")).endsWith("/strategies/safety-planning");
    }

    @Test
    void aPagedSearchIsFollowedOnTheSameServer() {
        Map<String, Object> disengaged = Map.of("rootCauses", List.of("DISENGAGEMENT"));
        Map<String, Object> disengagedWithPtsd = Map.of("rootCauses", List.of("DISENGAGEMENT"), "concerns", List.of("PTSD"));
        List<String> withPtsd = Charts.ranking(disengagedWithPtsd);
        assertThat(withPtsd).as("PTSD changes this ranking").isNotEqualTo(Charts.ranking(disengaged));

        ObjectNode page1 = Charts.bundle(Charts.fhirExample("condition-nicotine-dependence.json"));
        page1.putArray("link").addObject().put("relation", "next").put("url", fhir.base() + "/Condition?page=2");
        ObjectNode page2 = Charts.bundle(Charts.condition("http://hl7.org/fhir/sid/icd-10-cm", "F43.10"));
        fhir.answer("page=2", 200, page2, 0).answer("Condition?", 200, page1, 0);
        ObjectNode call = Charts.callFor(Charts.JSON.valueToTree(disengaged));
        call.put("fhirServer", fhir.base());
        call.putObject("fhirAuthorization").put("access_token", "secret-token");
        ((ObjectNode) call.get("prefetch")).remove("conditions");
        JsonPath cards = CdsServicesTest.post(CdsServicesTest.PATIENT_VIEW, call, 200);
        assertThat(fhir.queries).containsExactly("Condition?patient=1288992&clinical-status=active",
                "Condition?page=2");
        assertThat(fhir.authorizations).containsOnly("Bearer secret-token");
        assertThat(Charts.strategies(cards)).isEqualTo(withPtsd);
    }

    @Test
    void aNextLinkToAnotherServerIsNotFollowed() {
        ObjectNode page1 = Charts.bundle(Charts.condition("http://hl7.org/fhir/sid/icd-10-cm", "F41.1"));
        page1.putArray("link").addObject().put("relation", "next")
                .put("url", "https://elsewhere.example/r4/Condition?page=2");
        fhir.answer("Condition?", 200, page1, 0);
        JsonPath cards = CdsServicesTest.post(CdsServicesTest.PATIENT_VIEW, callReading("conditions"), 200);
        assertThat(fhir.queries).containsExactly("Condition?patient=1288992&clinical-status=active");
        assertThat(cards.getList("cards")).isEmpty();
    }

    @Test
    void aPatientTheServerDoesNotHaveIsNoData() {
        fhir.answer("Patient/", 404, Charts.F.objectNode().put("resourceType", "OperationOutcome"), 0);
        JsonPath cards = CdsServicesTest.post(CdsServicesTest.PATIENT_VIEW, callReading("patient"), 200);
        assertThat(cards.getList("cards")).isEmpty();
    }

    @Test
    void nothingIsReadWhenThePrefetchIsComplete() {
        CdsServicesTest.post(CdsServicesTest.PATIENT_VIEW, callReading(), 200);
        assertThat(fhir.queries).isEmpty();
    }

    @Test
    void aLargePatientFromTheServerIsRead() {
        ObjectNode patient = Charts.fhirExample("patient-example.json");
        byte[] photo = new byte[70 * 1024];
        new java.util.Random(11).nextBytes(photo);
        patient.putArray("photo").addObject().put("contentType", "image/jpeg")
                .put("data", java.util.Base64.getEncoder().encodeToString(photo));
        fhir.answer("Patient/", 200, patient, 0);
        JsonPath cards = CdsServicesTest.post(CdsServicesTest.PATIENT_VIEW, callReading("patient"), 200);
        assertThat(fhir.queries).containsExactly("Patient/1288992");
        assertThat(cards.getList("cards")).isEmpty();
    }
}
