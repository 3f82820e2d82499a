package org.impasseadvisor.catalog;

import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Rule;

/**
 * Withholds a strategy that is unsafe while suicide risk is raised: confrontation, trauma
 * reprocessing, waiting, or ending therapy must wait until a safety plan is in place.
 */
final class SafetyGates {

    private SafetyGates() {
    }

    /**
     * Adds two gates for one strategy: one on a high or imminent recorded risk, one on a positive
     * PHQ-9 item 9 (a negative item 9 never clears risk, so no gate relies on it).
     *
     * @param name what the strategy does, as the withheld reason names it, e.g. "Trauma reprocessing"
     */
    static void withholdWhileAtRisk(Catalog.Builder catalog, String strategyId, String name) {
        catalog.rule(Rule.gate(strategyId + "-withheld-high-suicide-risk", strategyId,
                ClinicalSignals.HIGH_SUICIDE_RISK,
                name + " is withheld while suicide risk is high or imminent: keep the client safe and complete"
                        + " a safety plan first.",
                Sources.CSSRS_TRIAGE, Sources.STANLEY_BROWN_2012));
        catalog.rule(Rule.gate(strategyId + "-withheld-phq9-item9", strategyId,
                ClinicalSignals.PHQ9_ITEM9_POSITIVE,
                name + " is withheld while PHQ-9 item 9 is positive: run a C-SSRS and complete a safety plan"
                        + " if risk is confirmed before returning to it.",
                Sources.SIMON_2013_PHQ9_ITEM9, Sources.CSSRS_TRIAGE));
    }
}
