package org.impasseadvisor.catalog;

import static org.impasseadvisor.engine.Conditions.isOneOf;

import java.util.List;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.Severity;
import org.impasseadvisor.engine.Signals;
import org.impasseadvisor.engine.Strategy;

/**
 * The safety gate that runs before any impasse work: C-SSRS triage and the Stanley–Brown safety plan.
 * It comes from the published evidence, not from the article.
 */
final class SafetyPlanning {

    static final Strategy SAFETY_PLANNING = new Strategy(
            "safety-planning",
            "Assess suicide risk and complete a safety plan before impasse work",
            "When suicide risk is raised or unclear, triage it with the C-SSRS and build a Stanley–Brown"
                    + " safety plan with the client before returning to the impasse.",
            List.of(
                    "Run the C-SSRS screener; treat intent in the past month or suicidal behaviour in the past"
                            + " 3 months as high risk that needs safety precautions until a mental-health"
                            + " professional evaluates.",
                    "Write the safety plan with the client: warning signs, then internal coping strategies.",
                    "Add people and social settings that help distraction, then family or friends who can help.",
                    "List professionals and agencies to contact, including crisis lines and emergency services.",
                    "Make the environment safe: discuss access to lethal means and how to limit it.",
                    "Arrange follow-up contact and review the plan before returning to the impasse."),
            List.of(
                    "A negative PHQ-9 item 9 never clears risk: most people who die by suicide answered"
                            + " \"not at all\".",
                    "Imminent risk needs emergency action now, not a plan for the next session."),
            SeedSection.EVIDENCE_ORIGIN,
            List.of(Sources.CSSRS_TRIAGE, Sources.STANLEY_BROWN_2012, Sources.STANLEY_2018,
                    Sources.SIMON_2013_PHQ9_ITEM9, Sources.VA_COHORT_PHQ9_ITEM9));

    private SafetyPlanning() {
    }

    static void addTo(Catalog.Builder catalog) {
        String id = SAFETY_PLANNING.id();
        catalog.alert(new AlertRule("suicide-risk-high", Severity.CRITICAL, "SUICIDE_RISK",
                "Suicide risk is recorded as high or imminent. Put the impasse aside: take safety precautions"
                        + " until a mental-health professional evaluates, and complete a safety plan with the"
                        + " client before any impasse work.",
                ClinicalSignals.HIGH_SUICIDE_RISK, id,
                List.of(Sources.CSSRS_TRIAGE, Sources.STANLEY_BROWN_2012)));
        // Raised whatever risk level is recorded: a positive item 9 always warrants a C-SSRS, and the
        // condition language cannot ask whether a risk level is missing.
        catalog.alert(new AlertRule("phq9-item9-positive", Severity.WARNING, "PHQ9_ITEM9_POSITIVE",
                "PHQ-9 item 9 is positive. Run a C-SSRS now and, if risk is confirmed, complete a safety plan"
                        + " before impasse work.",
                ClinicalSignals.PHQ9_ITEM9_POSITIVE, id,
                List.of(Sources.SIMON_2013_PHQ9_ITEM9, Sources.CSSRS_TRIAGE)));

        catalog.rule(Rule.score("high-risk-needs-safety-plan", id, 3.0, ClinicalSignals.HIGH_SUICIDE_RISK,
                "High or imminent suicide risk comes before any impasse: a safety plan with follow-up halved"
                        + " suicidal behaviour in emergency-department patients.",
                Sources.STANLEY_2018, Sources.CSSRS_TRIAGE));
        catalog.rule(Rule.score("moderate-risk-safety-plan", id, 2.0,
                isOneOf(Signals.SUICIDE_RISK, SuicideRisk.MODERATE),
                "Moderate suicide risk warrants a written safety plan, reviewed before impasse work resumes.",
                Sources.STANLEY_BROWN_2012));
        catalog.rule(Rule.score("phq9-item9-assess-risk", id, 2.0, ClinicalSignals.PHQ9_ITEM9_POSITIVE,
                "Any answer above \"not at all\" on PHQ-9 item 9 raises the risk of a suicide attempt and calls"
                        + " for a C-SSRS.",
                Sources.SIMON_2013_PHQ9_ITEM9));
    }
}
