package org.impasseadvisor.descriptor;

/**
 * What is known about the client. Every field may be null: absent means unknown, never "no".
 */
public record Client(
        AgeGroup ageGroup,
        Attendance attendance,
        Readiness readiness,
        SuicideRisk suicideRisk,
        Boolean culturalFactors) {

    /** A client about whom nothing is known. */
    public static final Client UNKNOWN = new Client(null, null, null, null, null);
}
