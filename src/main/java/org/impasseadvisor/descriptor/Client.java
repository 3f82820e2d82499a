package org.impasseadvisor.descriptor;

/**
 * What is known about the client. Every field may be null: absent means unknown, never "no".
 *
 * @param returning the client left therapy over an impasse and has come back
 */
public record Client(
        AgeGroup ageGroup,
        Attendance attendance,
        Readiness readiness,
        SuicideRisk suicideRisk,
        Boolean culturalFactors,
        Boolean returning) {

    /** A client about whom nothing is known. */
    public static final Client UNKNOWN = new Client(null, null, null, null, null, null);

    /** A client for whom it is not known whether they are returning. */
    public Client(AgeGroup ageGroup, Attendance attendance, Readiness readiness, SuicideRisk suicideRisk,
            Boolean culturalFactors) {
        this(ageGroup, attendance, readiness, suicideRisk, culturalFactors, null);
    }
}
