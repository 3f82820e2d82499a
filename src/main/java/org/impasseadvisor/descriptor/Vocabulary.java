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

    /** Field path → the enum that holds its values, in contract order. */
    public static Map<String, Class<? extends Term>> fields() {
        return FIELDS;
    }

    /** The values of one vocabulary, in declaration order. */
    public static List<Term> values(Class<? extends Term> type) {
        return List.of(type.getEnumConstants());
    }
}
