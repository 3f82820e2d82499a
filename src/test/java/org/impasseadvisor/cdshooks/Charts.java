package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Builds CDS Hooks calls whose prefetch is the FHIR form of an impasse descriptor. */
final class Charts {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String QUESTIONNAIRE = "https://impasseadvisor.org/fhir/Questionnaire/impasse";
    static final String REASONS = "https://impasseadvisor.org/fhir/CodeSystem/override-reason";
    static final Map<String, String> ICD = Map.of("PTSD", "F43.10", "DEPRESSION", "F32.1", "ANXIETY", "F41.1",
            "SUBSTANCE_USE", "F10.20");
    static final Map<String, String> AGES = Map.of("CHILD", "8", "ADOLESCENT", "15", "ADULT", "35",
            "OLDER_ADULT", "70");
    static final List<String> KEYS = List.of("patient", "conditions", "phq9", "phq9item9", "gad7", "pcl5", "impasse");

    private Charts() {
    }

    /** A patient-view call with every prefetch key empty (a searchset Bundle with no entries). */
    static ObjectNode call(String userId) {
        ObjectNode call = F.objectNode().put("hook", "patient-view")
                .put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
        call.putObject("context").put("userId", userId).put("patientId", "1288992");
        ObjectNode prefetch = call.putObject("prefetch");
        KEYS.forEach(key -> prefetch.set(key, bundle()));
        prefetch.set("patient", F.objectNode().put("resourceType", "Patient").put("id", "1288992"));
        return call;
    }

    static ObjectNode bundle(JsonNode... resources) {
        ObjectNode bundle = F.objectNode().put("resourceType", "Bundle").put("type", "searchset");
        ArrayNode entries = bundle.putArray("entry");
        for (JsonNode resource : resources) {
            entries.addObject().set("resource", resource);
        }
        return bundle;
    }

    static ObjectNode condition(String system, String code) {
        ObjectNode condition = F.objectNode().put("resourceType", "Condition");
        condition.putObject("clinicalStatus").putArray("coding").addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/condition-clinical").put("code", "active");
        condition.putObject("code").putArray("coding").addObject().put("system", system).put("code", code);
        return condition;
    }

    static ObjectNode observation(String loinc, int value, String when) {
        ObjectNode observation = F.objectNode().put("resourceType", "Observation").put("status", "final");
        observation.putObject("code").putArray("coding").addObject().put("system", "http://loinc.org").put("code", loinc);
        observation.put("effectiveDateTime", when);
        observation.putObject("valueQuantity").put("value", value);
        return observation;
    }

    static ObjectNode questionnaireResponse() {
        ObjectNode response = F.objectNode().put("resourceType", "QuestionnaireResponse")
                .put("questionnaire", QUESTIONNAIRE + "|1.0.0").put("status", "completed")
                .put("authored", "2026-11-20T09:10:00Z");
        response.putArray("item");
        return response;
    }

    static void answer(ObjectNode response, String linkId, JsonNode... values) {
        ArrayNode answers = ((ArrayNode) response.get("item")).addObject().put("linkId", linkId).putArray("answer");
        for (JsonNode value : values) {
            answers.add(value);
        }
    }

    static JsonNode coding(String field, String code) {
        ObjectNode answer = F.objectNode();
        answer.putObject("valueCoding").put("system", "https://impasseadvisor.org/fhir/CodeSystem/" + field)
                .put("code", code);
        return answer;
    }

    /** The call whose prefetch says what the descriptor says. */
    static ObjectNode callFor(JsonNode descriptor) {
        ObjectNode call = call("Practitioner/example");
        ObjectNode prefetch = (ObjectNode) call.get("prefetch");
        JsonNode client = descriptor.path("client");
        if (client.has("ageGroup")) {
            String years = AGES.get(client.get("ageGroup").asText());
            ((ObjectNode) prefetch.get("patient")).put("birthDate",
                    LocalDate.now().minusYears(Integer.parseInt(years)).minusDays(30).toString());
        }
        ObjectNode response = questionnaireResponse();
        ArrayNode conditions = F.arrayNode();
        for (JsonNode concern : descriptor.path("concerns")) {
            String icd = ICD.get(concern.asText());
            if (icd != null) {
                conditions.add(condition("http://hl7.org/fhir/sid/icd-10-cm", icd));
            } else {
                answer(response, "concerns", coding("concerns", concern.asText()));
            }
        }
        prefetch.set("conditions", bundle(iterable(conditions)));
        JsonNode measures = descriptor.path("measures");
        Map<String, String[]> loinc = Map.of("phq9Total", new String[] {"phq9", "44261-6"},
                "phq9Item9", new String[] {"phq9item9", "44260-8"}, "gad7Total", new String[] {"gad7", "70274-6"},
                "pcl5Total", new String[] {"pcl5", "101698-9"});
        loinc.forEach((field, key) -> {
            if (measures.has(field)) {
                prefetch.set(key[0], bundle(observation(key[1], measures.get(field).asInt(), "2026-11-20T09:00:00Z")));
            }
        });
        for (JsonNode cause : descriptor.path("rootCauses")) {
            answer(response, "rootCauses", coding("rootCauses", cause.asText()));
        }
        for (String part : List.of("client", "alliance", "progress", "therapist")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = descriptor.path(part).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String linkId = part + "." + field.getKey();
                JsonNode value = field.getValue();
                if (linkId.equals("client.ageGroup")) {
                    continue;
                }
                if (value.isArray()) {
                    ArrayNode values = F.arrayNode();
                    value.forEach(v -> values.add(coding(linkId, v.asText())));
                    answer(response, linkId, iterable(values));
                } else if (value.isTextual()) {
                    answer(response, linkId, coding(linkId, value.asText()));
                } else if (value.isBoolean()) {
                    answer(response, linkId, F.objectNode().put("valueBoolean", value.asBoolean()));
                } else if (linkId.equals("alliance.srsTotal")) {
                    answer(response, linkId, F.objectNode().put("valueDecimal", value.asDouble()));
                } else {
                    answer(response, linkId, F.objectNode().put("valueInteger", value.asInt()));
                }
            }
        }
        if (response.get("item").size() > 0) {
            prefetch.set("impasse", bundle(response));
        }
        return call;
    }

    /** A FHIR example resource kept in src/test/resources/fhir. */
    static ObjectNode fhirExample(String name) {
        try {
            return (ObjectNode) JSON.readTree(new java.io.File("src/test/resources/fhir/" + name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The REST API's ranking of a descriptor: the strategy ids, in order. */
    static List<String> ranking(Object descriptor) {
        return io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(JSON.valueToTree(descriptor).toString()).when().post("/api/v1/recommendations")
                .then().statusCode(200).extract().jsonPath().getList("strategies.id");
    }

    /** The strategies the cards carry, in order, from their links. */
    static List<String> strategies(io.restassured.path.json.JsonPath cards) {
        return cards.<String>getList("cards.source.url").stream()
                .map(url -> url.substring(url.lastIndexOf('/') + 1)).toList();
    }

    private static JsonNode[] iterable(ArrayNode array) {
        JsonNode[] nodes = new JsonNode[array.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = array.get(i);
        }
        return nodes;
    }
}
