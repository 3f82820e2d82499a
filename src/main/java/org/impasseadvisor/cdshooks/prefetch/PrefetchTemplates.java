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

    private PrefetchTemplates() {
    }

    /** Key → query template, with {@code {{context.patientId}}} to be filled in. */
    public static Map<String, String> of(String questionnaireUrl) {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put(PATIENT, "Patient/{{context.patientId}}");
        templates.put(CONDITIONS, "Condition?patient={{context.patientId}}&clinical-status=active");
        templates.put(PHQ9, latestObservation("44261-6"));
        templates.put(PHQ9_ITEM9, latestObservation("44260-8"));
        templates.put(GAD7, latestObservation("70274-6"));
        templates.put(PCL5, latestObservation("101698-9"));
        templates.put(IMPASSE, "QuestionnaireResponse?patient={{context.patientId}}&questionnaire="
                + questionnaireUrl.replace("|", "%7C") + "&_sort=-authored&_count=1");
        return Collections.unmodifiableMap(templates);
    }

    private static String latestObservation(String loinc) {
        return "Observation?patient={{context.patientId}}&code=http://loinc.org%7C" + loinc + "&_sort=-date&_count=1";
    }
}
