package org.impasseadvisor.descriptor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every enum-valued descriptor field, by its path in the JSON contract, with its vocabulary.
 * Clients build their forms from it; the reader names its values when it rejects one.
 */
public final class Vocabulary {

    private static final Map<String, Class<? extends Term>> FIELDS = declare();
    private static final Map<String, String> LABELS = labels();

    private Vocabulary() {
    }

    private static Map<String, Class<? extends Term>> declare() {
        Map<String, Class<? extends Term>> fields = new LinkedHashMap<>();
        fields.put("rootCauses", RootCause.class);
        fields.put("concerns", Concern.class);
        fields.put("client.ageGroup", AgeGroup.class);
        fields.put("client.attendance", Attendance.class);
        fields.put("client.readiness", Readiness.class);
        fields.put("client.suicideRisk", SuicideRisk.class);
        fields.put("alliance.ruptureMarkers", RuptureMarker.class);
        fields.put("progress.orsTrend", OrsTrend.class);
        fields.put("therapist.trainedIn", Training.class);
        return Collections.unmodifiableMap(fields);
    }

    /**
     * What each field is called in a sentence a clinician reads: a noun for a value ("stage of change"),
     * a plural noun for a set ("root causes"), and for a yes/no field the statement its "yes" makes.
     */
    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("rootCauses", "root causes");
        labels.put("concerns", "concerns");
        labels.put("client.ageGroup", "age group");
        labels.put("client.attendance", "attendance");
        labels.put("client.readiness", "stage of change");
        labels.put("client.suicideRisk", "suicide risk");
        labels.put("client.culturalFactors", "the client's cultural background is relevant to the relationship");
        labels.put("client.returning", "the client has returned after leaving therapy over an impasse");
        labels.put("alliance.srsTotal", "SRS total");
        labels.put("alliance.ruptureMarkers", "rupture markers");
        labels.put("progress.sessionsCompleted", "sessions completed");
        labels.put("progress.weeksWithoutProgress", "weeks without progress");
        labels.put("progress.orsTrend", "ORS trend");
        labels.put("measures.phq9Total", "PHQ-9 total");
        labels.put("measures.phq9Item9", "PHQ-9 item 9");
        labels.put("measures.gad7Total", "GAD-7 total");
        labels.put("measures.pcl5Total", "PCL-5 total");
        labels.put("therapist.trainedIn", "the therapist's trained methods");
        return Collections.unmodifiableMap(labels);
    }

    /** The words for a descriptor field in a sentence, or the path itself for a field without them. */
    public static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** Field path → the enum that holds its values, in contract order. */
    public static Map<String, Class<? extends Term>> fields() {
        return FIELDS;
    }

    /** The values of one vocabulary, in declaration order. */
    public static List<Term> values(Class<? extends Term> type) {
        return List.of(type.getEnumConstants());
    }
}
