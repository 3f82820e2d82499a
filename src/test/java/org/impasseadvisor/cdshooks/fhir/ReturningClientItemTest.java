package org.impasseadvisor.cdshooks.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code client.returning}: a boolean Questionnaire item, and its answer read back from a response. */
class ReturningClientItemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String Q = "https://impasseadvisor.org/fhir/Questionnaire/impasse";

    @Test
    void theQuestionnaireAsksWhetherTheClientIsReturningAsAYesOrNo() {
        JsonNode questionnaire = ImpasseQuestionnaire.build(Q, "1.1.0", field -> "urn:test:" + field);

        JsonNode item = null;
        for (JsonNode candidate : questionnaire.get("item")) {
            if (candidate.get("linkId").asText().equals("client.returning")) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("type").asText()).isEqualTo("boolean");
    }

    @Test
    void aResponseAnswersWhetherTheClientIsReturning() throws Exception {
        JsonNode response = JSON.readTree(("{'resourceType':'QuestionnaireResponse','questionnaire':'" + Q + "',"
                + "'status':'completed','item':[{'linkId':'rootCauses','answer':[{'valueCoding':{'code':'FEAR'}}]},"
                + "{'linkId':'client.returning','answer':[{'valueBoolean':true}]}]}").replace('\'', '"'));

        ChartValues answers = new QuestionnaireResponses(Q, field -> field).latest(response).orElseThrow();

        assertThat(FhirMappingTest.descriptor(answers).client().returning()).isTrue();
    }
}
