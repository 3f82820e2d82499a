package org.impasseadvisor.cdshooks.prefetch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.impasseadvisor.cdshooks.fhir.MeasureCodes;

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
    public static final Set<String> SAFETY_KEYS = Set.of(PHQ9_ITEM9, IMPASSE);

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
        templates.put(PHQ9, latestObservation(MeasureCodes.PHQ9_TOTAL));
        templates.put(PHQ9_ITEM9, latestObservation(MeasureCodes.PHQ9_ITEM9));
        templates.put(GAD7, latestObservation(MeasureCodes.GAD7_TOTAL));
        templates.put(PCL5, latestObservation(MeasureCodes.PCL5_TOTAL));
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
