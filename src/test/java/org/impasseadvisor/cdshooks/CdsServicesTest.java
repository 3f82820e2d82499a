package org.impasseadvisor.cdshooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.impasseadvisor.api.Contract;
import org.impasseadvisor.catalog.ImpasseCatalog;
import org.impasseadvisor.descriptor.RootCause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CDS Hooks service as an EHR sees it (trust is off in the test profile; see TrustedEhrTest). */
@QuarkusTest
class CdsServicesTest {

    static final String PATIENT_VIEW = "/cds-services/impasse-advisor-patient-view";

    static JsonPath post(String path, JsonNode body, int status) {
        return given().filter(Contract.validated()).contentType(ContentType.JSON).body(body.toString())
                .when().post(path).then().statusCode(status).extract().jsonPath();
    }

    @Test
    void discoveryListsBothHooksWithTheDesignedPrefetch() {
        JsonPath discovery = given().filter(Contract.validated()).when().get("/cds-services")
                .then().statusCode(200).extract().jsonPath();
        assertThat(discovery.getList("services.hook")).containsExactly("patient-view", "encounter-start");
        Map<String, String> prefetch = discovery.getMap("services[0].prefetch");
        assertThat(prefetch).containsExactly(
                Map.entry("patient", "Patient/{{context.patientId}}"),
                Map.entry("conditions", "Condition?patient={{context.patientId}}&clinical-status=active"),
                Map.entry("phq9", "Observation?patient={{context.patientId}}&code=http://loinc.org%7C44261-6,http://loinc.org%7C54654-9&_sort=-date&_count=1"),
                Map.entry("phq9item9", "Observation?patient={{context.patientId}}&code=http://loinc.org%7C44260-8&_sort=-date&_count=1"),
                Map.entry("gad7", "Observation?patient={{context.patientId}}&code=http://loinc.org%7C70274-6&_sort=-date&_count=1"),
                Map.entry("pcl5", "Observation?patient={{context.patientId}}&code=http://loinc.org%7C101698-9&_sort=-date&_count=1"),
                Map.entry("impasse", "QuestionnaireResponse?patient={{context.patientId}}&questionnaire="
                        + Charts.QUESTIONNAIRE + "&_sort=-authored&_count=1"));
        assertThat(discovery.getMap("services[1].prefetch")).isEqualTo(prefetch);
    }

    @Test
    void theQuestionnaireIsVersionedWithTheCatalogAndOffersEveryRootCause() {
        JsonPath questionnaire = given().filter(Contract.validated()).when().get("/fhir/Questionnaire/impasse")
                .then().statusCode(200).extract().jsonPath();
        assertThat(questionnaire.getString("url")).isEqualTo(Charts.QUESTIONNAIRE);
        assertThat(questionnaire.getString("version")).isEqualTo(ImpasseCatalog.VERSION);
        assertThat(questionnaire.getList("item.find { it.linkId == 'rootCauses' }.answerOption.valueCoding.code"))
                .hasSize(18).contains("FEAR", "AMBIVALENCE");
        assertThat(questionnaire.getList("item.required")).as("a risk-only response is valid").containsOnlyNulls();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ptsd-fear-emdr-trained", "depression-low-motivation", "mi-court-ordered-denial",
            "time-denial-deteriorating", "ptsd-fear-high-suicide-risk", "depression-low-motivation-item9-positive",
            "feedback-therapist-safety", "goals-stalled-anxiety"})
    void cardsFollowTheRestApisRanking(String vignette) throws IOException {
        JsonNode descriptor = Charts.JSON.readTree(new File("src/test/resources/vignettes/" + vignette + ".json"))
                .get("descriptor");
        List<String> ranked = given().contentType(ContentType.JSON).body(descriptor.toString())
                .when().post("/api/v1/recommendations").then().statusCode(200).extract().jsonPath()
                .getList("strategies.id");
        JsonPath cards = post(PATIENT_VIEW, Charts.callFor(descriptor), 200);
        List<String> carried = cards.<String>getList("cards.source.url").stream()
                .map(url -> url.substring(url.lastIndexOf('/') + 1)).toList();
        assertThat(carried).isEqualTo(ranked);
        assertThat(cards.<String>getList("cards.uuid")).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void alertCardsComeFirstWithTheirSeverity() {
        ObjectNode call = Charts.callFor(Charts.JSON.valueToTree(Map.of("rootCauses", List.of("FEAR"),
                "client", Map.of("suicideRisk", "HIGH"))));
        JsonPath cards = post(PATIENT_VIEW, call, 200);
        assertThat(cards.getString("cards[0].indicator")).isEqualTo("critical");
        assertThat(cards.getString("cards[0].summary")).containsIgnoringCase("suicide risk");
        assertThat(cards.getString("cards[0].detail")).contains("**Steps**", "**Cautions**", "**Why**");
        assertThat(cards.getList("cards.indicator").subList(1, cards.getList("cards").size())).containsOnly("info");
        assertThat(cards.getString("cards[0].source.label")).isEqualTo("Impasse Advisor catalog " + ImpasseCatalog.VERSION);
        assertThat(cards.getList("cards[0].overrideReasons.code"))
                .containsExactly("NOT_APPLICABLE", "ALREADY_TRIED", "CLIENT_DECLINED", "CLINICAL_JUDGEMENT", "OTHER");
        assertThat(cards.getList("cards[0].overrideReasons.display")).contains("Already tried");
    }

    @Test
    void aPositiveItemNineGivesTheSafetyCardWithoutAnImpasseRecord() {
        ObjectNode call = Charts.call("Practitioner/example");
        ((ObjectNode) call.get("prefetch")).set("phq9item9",
                Charts.bundle(Charts.observation("44260-8", 1, "2026-11-20T09:00:00Z")));
        JsonPath cards = post(PATIENT_VIEW, call, 200);
        assertThat(cards.getList("cards")).hasSize(1);
        assertThat(cards.getString("cards[0].indicator")).isEqualTo("warning");
        assertThat(cards.getString("cards[0].source.url")).endsWith("/strategies/safety-planning");
    }

    @Test
    void noImpasseAndNoRiskIsNoAdvice() {
        given().filter(Contract.validated()).contentType(ContentType.JSON)
                .body(Charts.call("Practitioner/example").toString())
                .when().post(PATIENT_VIEW).then().statusCode(200).body(equalTo("{\"cards\":[]}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Patient/1288992", "RelatedPerson/77"})
    void aPatientPortalUserGetsNoClinicianCards(String userId) {
        ObjectNode call = Charts.callFor(Charts.JSON.valueToTree(Map.of("rootCauses", List.of("FEAR"),
                "client", Map.of("suicideRisk", "HIGH"))));
        ((ObjectNode) call.get("context")).put("userId", userId);
        given().filter(Contract.validated()).contentType(ContentType.JSON).body(call.toString())
                .when().post(PATIENT_VIEW).then().statusCode(200).body("cards", hasSize(0));
    }

    @Test
    void extensionsAnywhereAreIgnored() {
        ObjectNode call = Charts.callFor(Charts.JSON.valueToTree(Map.of("rootCauses", List.of("DENIAL"))));
        call.putObject("extension").put("com.example.ehr", true);
        ((ObjectNode) call.get("context")).putObject("extension").put("com.example.tenant", "a");
        JsonPath cards = post(PATIENT_VIEW, call, 200);
        assertThat(cards.getList("cards")).isNotEmpty();
    }

    @Test
    void aCallWithNoPrefetchAndNoFhirServerIs412WithAnOperationOutcome() {
        ObjectNode call = Charts.call("Practitioner/example");
        call.remove("prefetch");
        JsonPath outcome = given().filter(Contract.validated()).contentType(ContentType.JSON).body(call.toString())
                .when().post(PATIENT_VIEW).then().statusCode(412).contentType("application/fhir+json")
                .extract().jsonPath();
        assertThat(outcome.getString("resourceType")).isEqualTo("OperationOutcome");
        assertThat(outcome.getString("issue[0].code")).isEqualTo("incomplete");
        assertThat(outcome.getString("issue[0].diagnostics")).contains("gad7", "fhirServer");
    }

    @Test
    void anInvalidCallIs400WithAnOperationOutcome() {
        ObjectNode call = Charts.call("Practitioner/example");
        call.remove("context");
        JsonPath outcome = given().filter(Contract.responseValidated()).contentType(ContentType.JSON)
                .body(call.toString()).when().post(PATIENT_VIEW).then().statusCode(400)
                .contentType("application/fhir+json").extract().jsonPath();
        assertThat(outcome.getString("resourceType")).isEqualTo("OperationOutcome");
        assertThat(outcome.getString("issue[0].diagnostics")).contains("context");
    }

    @Test
    void malformedJsonIs400WithAnOperationOutcome() {
        given().filter(Contract.responseValidated()).contentType(ContentType.JSON).body("{\"hook\": ")
                .when().post(PATIENT_VIEW).then().statusCode(400).contentType("application/fhir+json")
                .body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void anUnknownServiceIs404WithAnOperationOutcome() {
        given().filter(Contract.validated()).contentType(ContentType.JSON)
                .body(Charts.call("Practitioner/example").toString())
                .when().post("/cds-services/no-such-service").then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void aChartWithAMissingKeyAndAPositiveItemNineStillGetsTheSafetyCard() {
        ObjectNode call = Charts.call("Practitioner/example");
        ObjectNode prefetch = (ObjectNode) call.get("prefetch");
        prefetch.remove("pcl5");
        prefetch.set("phq9", Charts.bundle(Charts.fhirExample("us-core-phq9-total-value-string.json")));
        prefetch.set("phq9item9", Charts.bundle(Charts.fhirExample("us-core-phq9-item9-nearly-every-day.json")));
        JsonPath cards = post(PATIENT_VIEW, call, 200);
        assertThat(cards.getString("cards[0].source.url")).endsWith("/strategies/safety-planning");
        assertThat(cards.getString("cards[0].indicator")).isEqualTo("warning");
        assertThat(cards.getString("cards[1].summary")).isEqualTo("Not read from the chart: PCL-5 total");
        assertThat(cards.getString("cards[1].indicator")).isEqualTo("info");
        assertThat(cards.getList("cards")).hasSize(2);
    }

    @Test
    void aPatientWithALargePhotoAndNarrativeIsRead() {
        ObjectNode call = Charts.callFor(Charts.JSON.valueToTree(Map.of("rootCauses", List.of("FEAR"))));
        ObjectNode patient = Charts.fhirExample("patient-example.json");
        byte[] photo = new byte[70 * 1024];
        new java.util.Random(7).nextBytes(photo);
        patient.putArray("photo").addObject().put("contentType", "image/jpeg")
                .put("data", java.util.Base64.getEncoder().encodeToString(photo));
        ((ObjectNode) patient.get("text")).put("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>"
                + "Seen for review. ".repeat(80 * 1024 / 17) + "</p></div>");
        ((ObjectNode) call.get("prefetch")).set("patient", patient);
        JsonPath cards = post(PATIENT_VIEW, call, 200);
        assertThat(Charts.strategies(cards)).isEqualTo(Charts.ranking(Map.of("rootCauses", List.of("FEAR"),
                "client", Map.of("ageGroup", "ADULT"))));
    }

    @Test
    void aBodyOverTheLimitIs413WithAnOperationOutcome() {
        ObjectNode call = Charts.call("Practitioner/example");
        ((ObjectNode) call.get("prefetch").get("patient")).put("padding", "x".repeat(4 * 1024 * 1024));
        given().filter(Contract.responseValidated()).contentType(ContentType.JSON).body(call.toString())
                .when().post(PATIENT_VIEW).then().statusCode(413).contentType("application/fhir+json")
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("too-costly"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://x:99999", "http:///path", "http://user@", "https://user:pw@ehr.example.org/r4",
            "ftp://ehr.example.org/r4", "https://ehr.example.org/r4?x=1", "not a url"})
    void anUnusableFhirServerIs400NotA5xx(String fhirServer) {
        ObjectNode call = Charts.call("Practitioner/example");
        call.put("fhirServer", fhirServer);
        ((ObjectNode) call.get("prefetch")).remove("gad7");
        JsonPath outcome = given().filter(Contract.responseValidated()).contentType(ContentType.JSON)
                .body(call.toString()).when().post(PATIENT_VIEW).then().statusCode(400)
                .contentType("application/fhir+json").extract().jsonPath();
        assertThat(outcome.getString("issue[0].diagnostics")).contains("fhirServer");
    }

    @Test
    void fhirAuthorizationWithoutFhirServerIs400() {
        ObjectNode call = Charts.call("Practitioner/example");
        call.putObject("fhirAuthorization").put("access_token", "secret-token");
        JsonPath outcome = given().filter(Contract.responseValidated()).contentType(ContentType.JSON)
                .body(call.toString()).when().post(PATIENT_VIEW).then().statusCode(400).extract().jsonPath();
        assertThat(outcome.getString("issue[0].diagnostics")).contains("fhirAuthorization is only allowed with fhirServer")
                .doesNotContain("secret-token");
    }

    @Test
    void anUnknownPathUnderCdsServicesIs404WithAnOperationOutcome() {
        given().filter(Contract.responseValidated()).when().get("/cds-services/a/b/c").then().statusCode(404)
                .contentType("application/fhir+json").body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void aMethodAPathDoesNotTakeIs405WithAnOperationOutcome() {
        given().filter(Contract.responseValidated()).when().get(PATIENT_VIEW).then().statusCode(405)
                .header("Allow", "POST").contentType("application/fhir+json")
                .body("resourceType", equalTo("OperationOutcome"));
        given().filter(Contract.responseValidated()).when().delete("/cds-services").then().statusCode(405)
                .header("Allow", "GET").body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void anEhrAskingForFhirJsonIsAnswered() {
        given().filter(Contract.validated()).accept("application/fhir+json").when().get("/cds-services")
                .then().statusCode(200).body("services", hasSize(2));
        given().filter(Contract.validated()).accept("application/fhir+json").contentType(ContentType.JSON)
                .body(Charts.call("Practitioner/example").toString()).when().post(PATIENT_VIEW)
                .then().statusCode(200).body("cards", hasSize(0));
    }

    @Test
    void everyStrategyCardLinksToAPublicPageAndOffersASuggestion() {
        JsonPath cards = post(PATIENT_VIEW, Charts.callFor(Charts.JSON.valueToTree(Map.of("rootCauses",
                List.of("DENIAL")))), 200);
        String url = cards.getString("cards[0].source.url");
        assertThat(cards.getString("cards[0].links[0].url")).isEqualTo(url);
        assertThat(cards.getString("cards[0].links[0].type")).isEqualTo("absolute");
        assertThat(cards.getString("cards[0].selectionBehavior")).isEqualTo("at-most-one");
        assertThat(cards.getList("cards.suggestions[0].uuid", String.class)).doesNotContainNull().doesNotHaveDuplicates();
        String title = given().when().get("/api/v1/strategies/" + url.substring(url.lastIndexOf('/') + 1))
                .then().statusCode(200).extract().jsonPath().getString("title");
        String page = given().filter(Contract.validated()).when().get(url.substring(url.indexOf("/strategies/")))
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(page).contains("<h1>" + title.replace("'", "&#39;") + "</h1>", "<h2>Steps</h2>");
    }

    @Test
    void anUnknownStrategyPageIs404() {
        given().filter(Contract.validated()).when().get("/strategies/no-such-strategy").then().statusCode(404)
                .contentType("text/html");
    }

    @Test
    void aRiskOnlyImpasseRecordGivesTheSafetyCard() {
        ObjectNode call = Charts.call("Practitioner/example");
        ObjectNode response = Charts.questionnaireResponse();
        Charts.answer(response, "client.suicideRisk", Charts.coding("client.suicideRisk", "HIGH"));
        ((ObjectNode) call.get("prefetch")).set("impasse", Charts.bundle(response));
        JsonPath cards = post(PATIENT_VIEW, call, 200);
        assertThat(cards.getList("cards")).hasSize(1);
        assertThat(cards.getString("cards[0].indicator")).isEqualTo("critical");
        assertThat(cards.getString("cards[0].source.url")).endsWith("/strategies/safety-planning");
    }

    @Test
    void aModerateRiskOnlyImpasseRecordGivesTheModerateRiskCard() {
        ObjectNode call = Charts.call("Practitioner/example");
        ObjectNode response = Charts.questionnaireResponse();
        Charts.answer(response, "client.suicideRisk", Charts.coding("client.suicideRisk", "MODERATE"));
        ((ObjectNode) call.get("prefetch")).set("impasse", Charts.bundle(response));
        JsonPath cards = post(PATIENT_VIEW, call, 200);
        assertThat(cards.getList("cards")).hasSize(1);
        assertThat(cards.getString("cards[0].indicator")).isEqualTo("warning");
        assertThat(cards.getString("cards[0].summary")).containsIgnoringCase("moderate");
    }

    @Test
    void anImpasseRecordNamingMoreRootCausesThanADescriptorTakesStillGetsTheSafetyCardAndANote() {
        ObjectNode call = Charts.call("Practitioner/example");
        ObjectNode response = Charts.questionnaireResponse();
        Charts.answer(response, "rootCauses", java.util.Arrays.stream(RootCause.values()).limit(11)
                .map(cause -> Charts.coding("rootCauses", cause.name())).toArray(JsonNode[]::new));
        Charts.answer(response, "client.suicideRisk", Charts.coding("client.suicideRisk", "HIGH"));
        ((ObjectNode) call.get("prefetch")).set("impasse", Charts.bundle(response));
        JsonPath cards = post(PATIENT_VIEW, call, 200);
        assertThat(cards.getList("cards")).hasSize(2);
        assertThat(cards.getString("cards[0].indicator")).isEqualTo("critical");
        assertThat(cards.getString("cards[0].source.url")).endsWith("/strategies/safety-planning");
        assertThat(cards.getString("cards[1].indicator")).isEqualTo("warning");
        assertThat(cards.getString("cards[1].summary")).startsWith("Impasse record not used in full: rootCauses");
        assertThat(cards.getString("cards[1].detail")).contains("at most 10 root causes");
    }

    @Test
    void aLowRiskOnlyImpasseRecordGivesNoCard() {
        ObjectNode call = Charts.call("Practitioner/example");
        ObjectNode response = Charts.questionnaireResponse();
        Charts.answer(response, "client.suicideRisk", Charts.coding("client.suicideRisk", "LOW"));
        ((ObjectNode) call.get("prefetch")).set("impasse", Charts.bundle(response));
        assertThat(post(PATIENT_VIEW, call, 200).getList("cards")).isEmpty();
    }

    @Test
    void theReadmesExampleCallIsAnsweredAndItsAnswersAreInTheQuestionnaire() throws IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        int start = readme.indexOf("-d '{", readme.indexOf("impasse-advisor-patient-view \\")) + 4;
        JsonNode call = Charts.JSON.readTree(readme.substring(start, readme.indexOf("}'", start) + 1));
        JsonPath cards = post(PATIENT_VIEW, call, 200);
        assertThat(cards.getList("cards")).isNotEmpty();
        JsonPath questionnaire = given().filter(Contract.validated()).when().get("/fhir/Questionnaire/impasse")
                .then().statusCode(200).extract().jsonPath();
        for (JsonNode entry : call.at("/prefetch/impasse/entry")) {
            for (JsonNode item : entry.at("/resource/item")) {
                String linkId = item.path("linkId").asText();
                List<Map<String, String>> options = questionnaire.getList(
                        "item.find { it.linkId == '" + linkId + "' }.answerOption.valueCoding");
                for (JsonNode answer : item.path("answer")) {
                    JsonNode coding = answer.path("valueCoding");
                    assertThat(options).as(linkId).anySatisfy(option -> {
                        assertThat(option.get("system")).isEqualTo(coding.path("system").asText());
                        assertThat(option.get("code")).isEqualTo(coding.path("code").asText());
                    });
                }
            }
        }
    }

    @Test
    void aPlainHttpFhirServerIsNotReadButTheCallIsAnswered() {
        ObjectNode call = Charts.call("Practitioner/example");
        call.put("fhirServer", "http://ehr.example.org/r4");
        call.putObject("fhirAuthorization").put("access_token", "secret-token");
        ObjectNode prefetch = (ObjectNode) call.get("prefetch");
        prefetch.remove("gad7");
        prefetch.set("phq9item9", Charts.bundle(Charts.fhirExample("us-core-phq9-item9-nearly-every-day.json")));
        String answer = given().filter(Contract.validated()).contentType(ContentType.JSON).body(call.toString())
                .when().post(PATIENT_VIEW).then().statusCode(200).extract().asString();
        JsonPath cards = JsonPath.from(answer);
        assertThat(cards.getString("cards[0].source.url")).endsWith("/strategies/safety-planning");
        assertThat(cards.getString("cards[1].summary")).isEqualTo("Not read from the chart: GAD-7 total");
        assertThat(cards.getString("cards[1].detail")).contains("fhirServer is plain http");
        assertThat(answer).doesNotContain("secret-token");
    }
}
