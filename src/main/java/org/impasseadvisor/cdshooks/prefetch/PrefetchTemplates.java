package org.impasseadvisor.cdshooks.prefetch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The FHIR queries this service asks the EHR to prefetch, by key. Observations are sorted with
 * {@code _sort=-date} (the spec's own examples show an invalid form) and {@code |} is URL-encoded.
 * Conditions are all the active ones: ICD-10-CM prefixes are matched here, not with {@code :below},
 * which is outside the spec's recommended query subset.
 */
public final class PrefetchTemplates {

    public static final String PATIENT = "patient";
    public static final String CONDITIONS = "conditions";
    public static final String PHQ9 = "phq9";
    public static final String PHQ9_ITEM9 = "phq9item9";
    public static final String GAD7 = "gad7";
    public static final String PCL5 = "pcl5";
    public static final String IMPASSE = "impasse";

    /** The keys the suicide-risk alerts read: PHQ-9 item 9, and the risk level in the impasse record. */
    public static final java.util.Set<String> SAFETY_KEYS = java.util.Set.of(PHQ9_ITEM9, IMPASSE);

    /** What each key tells, in words for a clinician, for the note on what could not be read. */
    private static final Map<String, String> MEANINGS = Map.of(
            PATIENT, "age (Patient)",
            CONDITIONS, "diagnoses (active Conditions)",
            PHQ9, "PHQ-9 total",
            PHQ9_ITEM9, "PHQ-9 item 9",
            GAD7, "GAD-7 total",
            PCL5, "PCL-5 total",
            IMPASSE, "the impasse record (QuestionnaireResponse), with its suicide risk level");

    private PrefetchTemplates() {
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
        templates.put(PHQ9, latestObservation("44261-6", "54654-9"));
        templates.put(PHQ9_ITEM9, latestObservation("44260-8"));
        templates.put(GAD7, latestObservation("70274-6"));
        templates.put(PCL5, latestObservation("101698-9"));
        templates.put(IMPASSE, "QuestionnaireResponse?patient={{context.patientId}}&questionnaire="
                + questionnaireUrl.replace("|", "%7C") + "&_sort=-authored&_count=1");
        return Collections.unmodifiableMap(templates);
    }

    /** The newest Observation with any of these LOINC codes (a token search's comma means "or"). */
    private static String latestObservation(String... loinc) {
        return "Observation?patient={{context.patientId}}&code=" + String.join(",",
                java.util.Arrays.stream(loinc).map(code -> "http://loinc.org%7C" + code).toList())
                + "&_sort=-date&_count=1";
    }
}
