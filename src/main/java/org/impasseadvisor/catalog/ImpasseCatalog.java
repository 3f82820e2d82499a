package org.impasseadvisor.catalog;

import java.util.List;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Strategy;

/**
 * The shipped catalog: strategies from the eight sections of the practitioner article, plus safety
 * planning from the published evidence, with the rules that recommend and withhold them.
 *
 * <p>The declared order breaks ties in ranking, so it is deliberate: safety first (acting on imminent
 * risk before safety planning), then strategies for
 * specific causes before generic ones, and ending, referring or waiting last.
 */
public final class ImpasseCatalog {

    /** Bump on any change to a strategy, alert or rule; the catalog hash is pinned by a test. */
    public static final String VERSION = "1.1.0";

    static final List<Strategy> DECLARED_ORDER = List.of(
            SafetyPlanning.ACT_NOW,
            SafetyPlanning.SAFETY_PLANNING,
            FeedbackAndCulture.THERAPIST_SAFETY,
            TailoredInterventions.ESTABLISH_SAFETY,
            TailoredInterventions.EMDR_REPROCESSING,
            TailoredInterventions.ADDICTIONS_FIRST,
            TailoredInterventions.NAME_DISCREPANCY,
            TailoredInterventions.BEHAVIOURAL_ACTIVATION,
            Mindfulness.MINDFULNESS,
            MotivationalInterviewing.RAPPORT_THROUGH_INTERESTS,
            MotivationalInterviewing.ENGAGE_MANDATED_CLIENT,
            FeedbackAndCulture.COMPETENCE_GAP,
            FeedbackAndCulture.COUNTERTRANSFERENCE,
            FeedbackAndCulture.CULTURAL_PERSPECTIVES,
            ClientGrowth.RECONTRACT_RETURNING_CLIENT,
            ClientGrowth.VOICE_UNMET_NEEDS,
            TrustAndBoundaries.EXPLAIN_APPROACH,
            TimeAndReferrals.DISCUSS_THE_PROCESS,
            MotivationalInterviewing.OARS,
            MotivationalInterviewing.PSYCHOEDUCATION,
            GoalsAndAlliance.REVISIT_GOALS,
            GoalsAndAlliance.THIRD_PARTY_PERSPECTIVE,
            FeedbackAndCulture.ASK_FOR_FEEDBACK,
            TrustAndBoundaries.REFERRAL_OR_TRANSFER,
            TimeAndReferrals.REFER_TO_ANOTHER_CLINICIAN,
            ClientGrowth.ETHICAL_TRANSITION,
            TimeAndReferrals.GIVE_IT_TIME);

    /** The strategies the safety alerts pin: never withheld, never cut, the only ones offered at imminent risk. */
    static final List<Strategy> PINNED_BY_ALERTS = List.of(SafetyPlanning.ACT_NOW, SafetyPlanning.SAFETY_PLANNING,
            FeedbackAndCulture.THERAPIST_SAFETY);

    private ImpasseCatalog() {
    }

    /** Builds the catalog; the builder refuses it if any rule could be silently dropped or misrouted. */
    public static Catalog build() {
        Catalog.Builder catalog = Catalog.builder(VERSION);
        DECLARED_ORDER.forEach(catalog::strategy);
        // Safety first in evaluation order too, so the trace reads the way a clinician should, and the
        // imminent-risk gates come before every other gate, so theirs is the reason shown at imminent risk.
        SafetyPlanning.addTo(catalog);
        DECLARED_ORDER.stream().filter(strategy -> !PINNED_BY_ALERTS.contains(strategy))
                .forEach(strategy -> SafetyGates.withholdWhileImminent(catalog, strategy.id()));
        FeedbackAndCulture.addTo(catalog);
        TailoredInterventions.addTo(catalog);
        Mindfulness.addTo(catalog);
        MotivationalInterviewing.addTo(catalog);
        ClientGrowth.addTo(catalog);
        TrustAndBoundaries.addTo(catalog);
        TimeAndReferrals.addTo(catalog);
        GoalsAndAlliance.addTo(catalog);
        return catalog.build();
    }
}
