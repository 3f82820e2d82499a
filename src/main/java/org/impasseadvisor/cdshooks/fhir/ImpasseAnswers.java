package org.impasseadvisor.cdshooks.fhir;

import java.util.Set;
import org.impasseadvisor.descriptor.Attendance;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.OrsTrend;
import org.impasseadvisor.descriptor.Readiness;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.descriptor.Training;

/**
 * What an impasse QuestionnaireResponse answered. A null field was not answered, which means unknown;
 * {@code rootCauses} is empty when the clinician named none.
 */
public record ImpasseAnswers(
        Set<RootCause> rootCauses,
        Set<Concern> concerns,
        Attendance attendance,
        Readiness readiness,
        SuicideRisk suicideRisk,
        Boolean culturalFactors,
        Boolean returning,
        Double srsTotal,
        Set<RuptureMarker> ruptureMarkers,
        Integer sessionsCompleted,
        Integer weeksWithoutProgress,
        OrsTrend orsTrend,
        Set<Training> trainedIn) {

    public static final ImpasseAnswers NONE = new ImpasseAnswers(Set.of(), null, null, null, null, null, null, null,
            null, null, null, null, null);
}
