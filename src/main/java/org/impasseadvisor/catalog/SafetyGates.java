package org.impasseadvisor.catalog;

import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Reference;
import org.impasseadvisor.engine.Rule;

/**
 * Withholds strategies that are unsafe in a safety state, one gate per state, so that every state is
 * checked against every unsafe strategy in the same words. The states: suicide risk imminent (every
 * impasse strategy waits), high or imminent, moderate (only waiting and ending or transferring care),
 * a positive PHQ-9 item 9 whatever risk level is recorded, and a therapist safety concern.
 */
final class SafetyGates {

    /** What makes a strategy unsafe while a safety state stands. */
    enum Hazard {
        CONFRONTATION("Confronting the discrepancy", false,
                "Confronting the discrepancy is withheld while the therapist does not feel safe with the client:"
                        + " take the concern to supervision before any confrontation."),
        REPROCESSING("Trauma reprocessing", false,
                "Trauma reprocessing is withheld while the therapist does not feel safe with the client: the"
                        + " relationship cannot hold it."),
        WAITING("Giving it time", true,
                "Giving it time is withheld while the therapist does not feel safe: the task is supervision and a"
                        + " least-harm ending, not waiting."),
        ENDING("Ending or transferring care", true,
                "Ending or transferring care is withheld here while the therapist does not feel safe: plan the"
                        + " ending with supervision, as the therapist-safety strategy sets out.");

        private final String name;
        private final boolean unsafeAtModerateRisk;
        private final String therapistSafetyReason;

        Hazard(String name, boolean unsafeAtModerateRisk, String therapistSafetyReason) {
            this.name = name;
            this.unsafeAtModerateRisk = unsafeAtModerateRisk;
            this.therapistSafetyReason = therapistSafetyReason;
        }
    }

    private SafetyGates() {
    }

    /**
     * Withholds an impasse strategy while suicide risk is imminent. Added for every strategy no alert pins,
     * before any other gate, so that at imminent risk this is the reason a clinician reads.
     */
    static void withholdWhileImminent(Catalog.Builder catalog, String strategyId) {
        catalog.rule(Rule.gate(strategyId + "-withheld-imminent-suicide-risk", strategyId,
                ClinicalSignals.IMMINENT_SUICIDE_RISK,
                "Withheld while suicide risk is imminent: act now to keep the client safe; impasse work waits"
                        + " until the crisis has passed and a safety plan is in place.",
                Sources.CSSRS_TRIAGE, Sources.STANLEY_BROWN_2012));
    }

    /**
     * Adds the gates of every safety state in which {@code hazard} is unsafe: high or imminent risk, a
     * positive PHQ-9 item 9 (a negative item 9 never clears risk, so no gate relies on it), a therapist
     * safety concern and, for waiting and ending or transferring care, moderate risk.
     */
    static void withhold(Catalog.Builder catalog, String strategyId, Hazard hazard, Reference... hazardSources) {
        catalog.rule(Rule.gate(strategyId + "-withheld-high-suicide-risk", strategyId,
                ClinicalSignals.HIGH_OR_IMMINENT_SUICIDE_RISK,
                hazard.name + " is withheld while suicide risk is high or imminent: keep the client safe and"
                        + " complete a safety plan first.",
                Sources.CSSRS_TRIAGE, Sources.STANLEY_BROWN_2012));
        catalog.rule(Rule.gate(strategyId + "-withheld-phq9-item9", strategyId,
                ClinicalSignals.PHQ9_ITEM9_POSITIVE,
                hazard.name + " is withheld while PHQ-9 item 9 is positive, whatever risk level is recorded:"
                        + " assess risk with the C-SSRS and complete a safety plan if risk is confirmed.",
                Sources.SIMON_2013_PHQ9_ITEM9, Sources.CSSRS_TRIAGE));
        if (hazard.unsafeAtModerateRisk) {
            catalog.rule(Rule.gate(strategyId + "-withheld-moderate-suicide-risk", strategyId,
                    ClinicalSignals.MODERATE_SUICIDE_RISK,
                    hazard.name + " is withheld while suicide risk is moderate: keep care active and continuous,"
                            + " with the safety plan reviewed every session.",
                    Sources.ROZEK_2022, Sources.STANLEY_BROWN_2012));
        }
        Reference[] therapistSafetySources = new Reference[hazardSources.length + 1];
        therapistSafetySources[0] = Sources.APA_10_10;
        System.arraycopy(hazardSources, 0, therapistSafetySources, 1, hazardSources.length);
        catalog.rule(Rule.gate(strategyId + "-withheld-therapist-safety", strategyId,
                ClinicalSignals.THERAPIST_UNSAFE, hazard.therapistSafetyReason, therapistSafetySources));
    }
}
