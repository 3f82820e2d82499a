package org.impasseadvisor.cdshooks.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.impasseadvisor.descriptor.DescriptorFields;
import org.impasseadvisor.descriptor.Field;
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

    /**
     * The fields it asks for → the question shown to the clinician, in Questionnaire order; each item's type,
     * answers and bounds come from its field in {@link DescriptorFields}.
     */
    static final Map<Field, String> QUESTIONS = questions();

    private ImpasseQuestionnaire() {
    }

    private static Map<Field, String> questions() {
        Map<Field, String> questions = new LinkedHashMap<>();
        questions.put(DescriptorFields.ROOT_CAUSES, "What is the impasse rooted in?");
        questions.put(DescriptorFields.CONCERNS, "Presenting clinical concerns");
        questions.put(DescriptorFields.ATTENDANCE, "Why does the client attend?");
        questions.put(DescriptorFields.READINESS, "Client's stage of change");
        questions.put(DescriptorFields.SUICIDE_RISK, "Latest recorded suicide risk level");
        questions.put(DescriptorFields.CULTURAL_FACTORS,
                "Is the client's cultural background relevant to the relationship?");
        questions.put(DescriptorFields.RETURNING, "Has the client returned after leaving therapy over an impasse?");
        questions.put(DescriptorFields.SRS_TOTAL, "Latest Session Rating Scale (SRS) total, 0 to 40");
        questions.put(DescriptorFields.RUPTURE_MARKERS, "Alliance rupture markers observed");
        questions.put(DescriptorFields.SESSIONS_COMPLETED, "Sessions completed");
        questions.put(DescriptorFields.WEEKS_WITHOUT_PROGRESS, "Weeks without progress");
        questions.put(DescriptorFields.ORS_TREND, "Outcome Rating Scale (ORS) trend");
        questions.put(DescriptorFields.TRAINED_IN, "Methods the therapist is trained in");
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
        for (Map.Entry<Field, String> question : QUESTIONS.entrySet()) {
            Field field = question.getKey();
            // no item is required: a record of a suicide risk alone, without an impasse, is valid and still
            // gives the safety card
            ObjectNode item = items.addObject().put("linkId", field.path()).put("text", question.getValue());
            Class<? extends Term> vocabulary = Vocabulary.fields().get(field.path());
            if (vocabulary != null) {
                choice(item, field, vocabulary, systems.of(field.path()));
            } else if (field instanceof Field.OfFlag) {
                item.put("type", "boolean");
            } else {
                number(item, (Field.OfNumber) field);
            }
        }
        return questionnaire;
    }

    private static void choice(ObjectNode item, Field field, Class<? extends Term> vocabulary, String system) {
        item.put("type", "choice");
        if (field instanceof Field.OfSet) {
            item.put("repeats", true);
        }
        ArrayNode options = item.putArray("answerOption");
        for (Term term : Vocabulary.values(vocabulary)) {
            options.addObject().putObject("valueCoding")
                    .put("system", system)
                    .put("code", term.name())
                    .put("display", term.label());
        }
    }

    private static void number(ObjectNode item, Field.OfNumber field) {
        Range range = field.range();
        boolean decimal = !field.whole();
        item.put("type", decimal ? "decimal" : "integer");
        ArrayNode extensions = item.putArray("extension");
        bound(extensions, "minValue", decimal, range.min());
        if (range.max() < Integer.MAX_VALUE) {
            bound(extensions, "maxValue", decimal, range.max());
        }
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

    /** The code system of each choice item's answers, by the path of its field. */
    @FunctionalInterface
    public interface AnswerSystems {
        String of(String field);
    }
}
