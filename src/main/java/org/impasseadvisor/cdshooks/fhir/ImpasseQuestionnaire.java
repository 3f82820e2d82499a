package org.impasseadvisor.cdshooks.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impasseadvisor.descriptor.Alliance;
import org.impasseadvisor.descriptor.Progress;
import org.impasseadvisor.descriptor.Range;
import org.impasseadvisor.descriptor.Term;
import org.impasseadvisor.descriptor.Vocabulary;

/**
 * The FHIR R4 Questionnaire with which an EHR records an impasse, generated from the descriptor
 * vocabulary. Every item's linkId is the descriptor field it fills, and every choice answer is a
 * Coding whose code is the descriptor's enum value, so a QuestionnaireResponse maps back one to one.
 *
 * <p>Age group, concerns and measures also come from the chart (Patient, Conditions, Observations);
 * the Questionnaire asks for concerns too, for those the chart does not code (e.g. behavioural
 * addiction), and leaves age and measures to the chart.
 */
public final class ImpasseQuestionnaire {

    /** Field → the question shown to the clinician, in Questionnaire order. */
    static final Map<String, String> QUESTIONS = questions();

    /** Fields that take several answers. */
    static final List<String> REPEATING = List.of("rootCauses", "concerns", "alliance.ruptureMarkers",
            "therapist.trainedIn");

    static final String CULTURAL_FACTORS = "client.culturalFactors";
    static final String RETURNING = "client.returning";
    static final Map<String, Range> NUMBERS = Map.of(
            "alliance.srsTotal", Alliance.SRS_TOTAL,
            "progress.sessionsCompleted", Progress.SESSIONS_COMPLETED,
            "progress.weeksWithoutProgress", Progress.WEEKS_WITHOUT_PROGRESS);

    private ImpasseQuestionnaire() {
    }

    private static Map<String, String> questions() {
        Map<String, String> questions = new LinkedHashMap<>();
        questions.put("rootCauses", "What is the impasse rooted in?");
        questions.put("concerns", "Presenting clinical concerns");
        questions.put("client.attendance", "Why does the client attend?");
        questions.put("client.readiness", "Client's stage of change");
        questions.put("client.suicideRisk", "Latest recorded suicide risk level");
        questions.put(CULTURAL_FACTORS, "Is the client's cultural background relevant to the relationship?");
        questions.put(RETURNING, "Has the client returned after leaving therapy over an impasse?");
        questions.put("alliance.srsTotal", "Latest Session Rating Scale (SRS) total, 0 to 40");
        questions.put("alliance.ruptureMarkers", "Alliance rupture markers observed");
        questions.put("progress.sessionsCompleted", "Sessions completed");
        questions.put("progress.weeksWithoutProgress", "Weeks without progress");
        questions.put("progress.orsTrend", "Outcome Rating Scale (ORS) trend");
        questions.put("therapist.trainedIn", "Methods the therapist is trained in");
        return Collections.unmodifiableMap(questions);
    }

    /**
     * @param url     the canonical URL
     * @param version the catalog version: a new vocabulary comes with a new catalog version
     */
    public static ObjectNode build(String url, String version, AnswerSystems systems) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode questionnaire = json.objectNode()
                .put("resourceType", "Questionnaire")
                .put("id", "impasse")
                .put("url", url)
                .put("version", version)
                .put("name", "TherapeuticImpasse")
                .put("title", "Therapeutic impasse")
                .put("status", "active")
                .put("description", "Records a stalled psychotherapy so that Impasse Advisor can recommend"
                        + " strategies. Each item fills the impasse descriptor field named by its linkId.");
        questionnaire.putArray("subjectType").add("Patient");
        ArrayNode items = questionnaire.putArray("item");
        for (Map.Entry<String, String> question : QUESTIONS.entrySet()) {
            String field = question.getKey();
            ObjectNode item = items.addObject().put("linkId", field).put("text", question.getValue());
            Class<? extends Term> vocabulary = Vocabulary.fields().get(field);
            if (vocabulary != null) {
                // no item is required: a record of a suicide risk alone, without an impasse, is valid and
                // still gives the safety card
                item.put("type", "choice");
                if (REPEATING.contains(field)) {
                    item.put("repeats", true);
                }
                ArrayNode options = item.putArray("answerOption");
                for (Term term : Vocabulary.values(vocabulary)) {
                    options.addObject().putObject("valueCoding")
                            .put("system", systems.of(field))
                            .put("code", term.name())
                            .put("display", term.label());
                }
            } else if (field.equals(CULTURAL_FACTORS) || field.equals(RETURNING)) {
                item.put("type", "boolean");
            } else {
                Range range = NUMBERS.get(field);
                boolean decimal = field.equals("alliance.srsTotal");
                item.put("type", decimal ? "decimal" : "integer");
                ArrayNode extensions = item.putArray("extension");
                bound(extensions, "minValue", decimal, range.min());
                if (range.max() < Integer.MAX_VALUE) {
                    bound(extensions, "maxValue", decimal, range.max());
                }
            }
        }
        return questionnaire;
    }

    private static void bound(ArrayNode extensions, String name, boolean decimal, long value) {
        ObjectNode extension = extensions.addObject()
                .put("url", "http://hl7.org/fhir/StructureDefinition/" + name);
        if (decimal) {
            extension.put("valueDecimal", value);
        } else {
            extension.put("valueInteger", value);
        }
    }

    /** The code system of each choice item's answers. */
    @FunctionalInterface
    public interface AnswerSystems {
        String of(String field);
    }
}
