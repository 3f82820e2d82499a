package org.impasseadvisor.cdshooks.prefetch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.impasseadvisor.cdshooks.fhir.ChartMeasure;

/**
 * The FHIR queries this service asks the EHR to prefetch, by key: the patient, the conditions, one query per
 * {@link ChartMeasure} and the impasse record. Observations are sorted with {@code _sort=-date} (the spec's own
 * examples show an invalid form) and {@code |} is URL-encoded. Conditions are all the active ones: ICD-10-CM
 * prefixes are matched here, not with {@code :below}, which is outside the spec's recommended query subset.
 */
public final class PrefetchTemplates {

    public static final String PATIENT = "patient";
    public static final String CONDITIONS = "conditions";
    public static final String IMPASSE = "impasse";

    /** The keys the suicide-risk alerts read: PHQ-9 item 9, and the risk level in the impasse record. */
    public static final Set<String> SAFETY_KEYS = Set.of(ChartMeasure.PHQ9_ITEM9.prefetchKey(), IMPASSE);

    /** What each key tells, in words for a clinician, for the note on what could not be read. */
    private static final Map<String, String> MEANINGS = meanings();

    private PrefetchTemplates() {
    }

    private static Map<String, String> meanings() {
        Map<String, String> meanings = new LinkedHashMap<>();
        meanings.put(PATIENT, "age (Patient)");
        meanings.put(CONDITIONS, "diagnoses (active Conditions)");
        for (ChartMeasure measure : ChartMeasure.values()) {
            meanings.put(measure.prefetchKey(), measure.field().label());
        }
        meanings.put(IMPASSE, "the impasse record (QuestionnaireResponse), with its suicide risk level");
        return Collections.unmodifiableMap(meanings);
    }

    /** What a key tells, in words. */
    public static String meaning(String key) {
        return MEANINGS.getOrDefault(key, key);
    }

    /** Key → query template, with {@code {{context.patientId}}} to be filled in. */
    public static Map<String, String> of(String questionnaireUrl) {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put(PATIENT, "Patient/{{context.patientId}}");
        templates.put(CONDITIONS, "Condition?patient={{context.patientId}}&clinical-status=active");
        for (ChartMeasure measure : ChartMeasure.values()) {
            templates.put(measure.prefetchKey(), latestObservation(measure.loinc()));
        }
        templates.put(IMPASSE, "QuestionnaireResponse?patient={{context.patientId}}&questionnaire="
                + questionnaireUrl.replace("|", "%7C") + "&_sort=-authored&_count=1");
        return Collections.unmodifiableMap(templates);
    }

    /** The newest Observation with any of these LOINC codes (in a token search a comma means "or"). */
    private static String latestObservation(List<String> loinc) {
        return "Observation?patient={{context.patientId}}&code="
                + loinc.stream().map(code -> "http://loinc.org%7C" + code).collect(Collectors.joining(","))
                + "&_sort=-date&_count=1";
    }
}
