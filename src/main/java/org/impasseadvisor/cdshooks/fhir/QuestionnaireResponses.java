package org.impasseadvisor.cdshooks.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.impasseadvisor.descriptor.Field;
import org.impasseadvisor.descriptor.json.DescriptorReader;

/**
 * The latest completed impasse QuestionnaireResponse → the {@link ChartValues} of the fields the
 * {@link ImpasseQuestionnaire} asks for. Items are found by linkId, the field's path, at any depth (an EHR may
 * wrap them in groups); each answer is read as the REST body's reader reads that field, and one it would refuse
 * (another code system, an unknown code, a value out of range) is left out, so it counts as unknown. A set
 * field whose item was answered is known, even when none of its answers is.
 */
public final class QuestionnaireResponses {

    private static final List<String> USABLE_STATUS = List.of("completed", "amended");

    private final String questionnaireUrl;
    private final ImpasseQuestionnaire.AnswerSystems systems;

    public QuestionnaireResponses(String questionnaireUrl, ImpasseQuestionnaire.AnswerSystems systems) {
        this.questionnaireUrl = questionnaireUrl;
        this.systems = systems;
    }

    /** The answers of the latest usable response to this service's Questionnaire, if any. */
    public Optional<ChartValues> latest(JsonNode prefetchValue) {
        return Resources.ofType(prefetchValue, "QuestionnaireResponse").stream()
                .filter(r -> USABLE_STATUS.contains(r.path("status").asText("")))
                .filter(this::answersOurQuestionnaire)
                .max(Comparator.comparing(FhirTimes::authored, FhirTimes.When.CHRONOLOGICAL))
                .map(this::answers);
    }

    private boolean answersOurQuestionnaire(JsonNode response) {
        String questionnaire = response.path("questionnaire").asText("");
        return questionnaire.equals(questionnaireUrl) || questionnaire.startsWith(questionnaireUrl + "|");
    }

    private ChartValues answers(JsonNode response) {
        Map<String, List<JsonNode>> byLinkId = new HashMap<>();
        collect(response.path("item"), byLinkId);
        ChartValues answers = new ChartValues();
        for (Field field : ImpasseQuestionnaire.QUESTIONS.keySet()) {
            List<JsonNode> items = byLinkId.get(field.path());
            if (items != null) {
                answer(answers, field, accepted(field, items));
            }
        }
        return answers;
    }

    /**
     * A set holds every value answered; a single choice the first in its vocabulary's order; a yes/no or a
     * number the first answered.
     */
    private static void answer(ChartValues answers, Field field, List<Object> values) {
        if (field instanceof Field.OfSet<?> set) {
            answers.addAll(set, values);
        } else if (field instanceof Field.OfValue) {
            values.stream().map(value -> (Enum<?>) value).min(Comparator.comparingInt(Enum::ordinal))
                    .ifPresent(value -> answers.put(field, value));
        } else if (!values.isEmpty()) {
            answers.put(field, values.get(0));
        }
    }

    /** The values the reader accepts among the answers to a field's item, in the order answered. */
    private List<Object> accepted(Field field, List<JsonNode> answers) {
        List<Object> values = new ArrayList<>();
        for (JsonNode answer : answers) {
            for (JsonNode candidate : candidates(field, answer)) {
                Object value = candidate.isMissingNode() ? null : DescriptorReader.valueOf(field, candidate);
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /** What an answer may give for a field, most specific first: a code of the field's system, or a value. */
    private List<JsonNode> candidates(Field field, JsonNode answer) {
        if (field instanceof Field.OfFlag) {
            return List.of(answer.path("valueBoolean"));
        }
        if (field instanceof Field.OfNumber number) {
            return number.whole() ? List.of(answer.path("valueInteger"))
                    : List.of(answer.path("valueDecimal"), answer.path("valueInteger"));
        }
        JsonNode coding = answer.path("valueCoding");
        String system = coding.path("system").asText("");
        return system.isEmpty() || system.equals(systems.of(field.path())) ? List.of(coding.path("code")) : List.of();
    }

    private static void collect(JsonNode items, Map<String, List<JsonNode>> byLinkId) {
        for (JsonNode item : items) {
            String linkId = item.path("linkId").asText("");
            for (JsonNode answer : item.path("answer")) {
                byLinkId.computeIfAbsent(linkId, k -> new ArrayList<>()).add(answer);
                collect(answer.path("item"), byLinkId);
            }
            collect(item.path("item"), byLinkId);
        }
    }
}
