package org.impasseadvisor.cdshooks.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.impasseadvisor.descriptor.Alliance;
import org.impasseadvisor.descriptor.Attendance;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.OrsTrend;
import org.impasseadvisor.descriptor.Progress;
import org.impasseadvisor.descriptor.Range;
import org.impasseadvisor.descriptor.Readiness;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.descriptor.Training;

/**
 * The latest completed impasse QuestionnaireResponse → {@link ImpasseAnswers}. Items are found by
 * linkId at any depth (an EHR may wrap them in groups); answers this service does not know (another
 * code system, an unknown code, a value out of range) are left out, so they count as unknown.
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
    public Optional<ImpasseAnswers> latest(JsonNode prefetchValue) {
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

    ImpasseAnswers answers(JsonNode response) {
        Map<String, List<JsonNode>> byLinkId = new HashMap<>();
        collect(response.path("item"), byLinkId);
        Set<RootCause> rootCauses = codes(byLinkId, "rootCauses", RootCause.class);
        return new ImpasseAnswers(
                rootCauses == null ? Set.of() : rootCauses,
                codes(byLinkId, "concerns", Concern.class),
                first(codes(byLinkId, "client.attendance", Attendance.class)),
                first(codes(byLinkId, "client.readiness", Readiness.class)),
                first(codes(byLinkId, "client.suicideRisk", SuicideRisk.class)),
                bool(byLinkId, "client.culturalFactors"),
                bool(byLinkId, ImpasseQuestionnaire.RETURNING),
                number(byLinkId, "alliance.srsTotal", Alliance.SRS_TOTAL),
                codes(byLinkId, "alliance.ruptureMarkers", RuptureMarker.class),
                integer(byLinkId, "progress.sessionsCompleted", Progress.SESSIONS_COMPLETED),
                integer(byLinkId, "progress.weeksWithoutProgress", Progress.WEEKS_WITHOUT_PROGRESS),
                first(codes(byLinkId, "progress.orsTrend", OrsTrend.class)),
                codes(byLinkId, "therapist.trainedIn", Training.class));
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

    /** The known codes answered for a choice item; null when the item was not answered. */
    private <E extends Enum<E>> Set<E> codes(Map<String, List<JsonNode>> byLinkId, String field, Class<E> type) {
        List<JsonNode> answers = byLinkId.get(field);
        if (answers == null) {
            return null;
        }
        Set<E> values = EnumSet.noneOf(type);
        for (JsonNode answer : answers) {
            JsonNode coding = answer.path("valueCoding");
            String system = coding.path("system").asText("");
            if (!system.isEmpty() && !system.equals(systems.of(field))) {
                continue;
            }
            String code = coding.path("code").asText("");
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(code)) {
                    values.add(constant);
                }
            }
        }
        return values;
    }

    private static <E> E first(Set<E> values) {
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }

    private static Boolean bool(Map<String, List<JsonNode>> byLinkId, String field) {
        for (JsonNode answer : byLinkId.getOrDefault(field, List.of())) {
            if (answer.path("valueBoolean").isBoolean()) {
                return answer.path("valueBoolean").booleanValue();
            }
        }
        return null;
    }

    private static Double number(Map<String, List<JsonNode>> byLinkId, String field, Range range) {
        for (JsonNode answer : byLinkId.getOrDefault(field, List.of())) {
            for (String key : List.of("valueDecimal", "valueInteger")) {
                JsonNode value = answer.path(key);
                if (value.isNumber() && range.contains(value.doubleValue())) {
                    return value.doubleValue();
                }
            }
        }
        return null;
    }

    private static Integer integer(Map<String, List<JsonNode>> byLinkId, String field, Range range) {
        for (JsonNode answer : byLinkId.getOrDefault(field, List.of())) {
            JsonNode value = answer.path("valueInteger");
            if (value.canConvertToInt() && value.isIntegralNumber() && range.contains(value.intValue())) {
                return value.intValue();
            }
        }
        return null;
    }
}
