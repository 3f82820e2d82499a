package org.impasseadvisor.catalog;

import java.util.List;
import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.Severity;
import org.impasseadvisor.engine.Strategy;

/**
 * The safety gate that runs before any impasse work: acting now on imminent risk, C-SSRS triage and the
 * Stanley–Brown safety plan. It comes from the published evidence, not from the article.
 *
 * <p>One written policy per risk level. Imminent: act now, and no impasse strategy is offered. High:
 * safety precautions and a safety plan first; confrontation, trauma reprocessing, waiting, ending or
 * transferring care are withheld. Moderate (ideation without intent or plan): a safety plan pinned first
 * and reviewed every session, while evidence-based treatment, trauma-focused therapy included, goes on;
 * waiting, ending or transferring care are withheld. A positive PHQ-9 item 9 is treated as high until a
 * C-SSRS says otherwise, whatever level is recorded.
 */
final class SafetyPlanning {

    static final Strategy ACT_NOW = new Strategy(
            "act-now-imminent-suicide-risk",
            "Imminent suicide risk: act now",
            "Suicide risk is imminent: keep the client safe now, with crisis or emergency services, before"
                    + " anything else; the safety plan and the impasse come after.",
            List.of(
                    "Do not leave the client alone: stay with them, or make sure a safe person stays with them,"
                            + " until help arrives.",
                    "Contact crisis or emergency services now, following your service's emergency procedure.",
                    "Where it can be done safely, remove or restrict access to lethal means.",
                    "Inform your supervisor or the on-call clinician and arrange an urgent evaluation by a"
                            + " mental-health professional.",
                    "Once the client is safe, complete a safety plan with them and arrange follow-up contact.",
                    "Return to the impasse only after the crisis has passed and risk has been assessed again."),
            List.of("A safety plan alone is not enough while risk is imminent: act first, plan after.",
                    "No impasse strategy is offered while imminent risk stands."),
            SeedSection.EVIDENCE_ORIGIN,
            List.of(Sources.CSSRS_TRIAGE, Sources.STANLEY_BROWN_2012, Sources.STANLEY_2018));

    static final Strategy SAFETY_PLANNING = new Strategy(
            "safety-planning",
            "Assess suicide risk and complete a safety plan",
            "When suicide risk is raised or unclear, assess it with the C-SSRS and build a Stanley–Brown safety"
                    + " plan with the client, reviewed every session while risk stands.",
            List.of(
                    "Assess risk with the C-SSRS unless a current assessment exists; treat intent in the past"
                            + " month or suicidal behaviour in the past 3 months as high risk that needs safety"
                            + " precautions until a mental-health professional evaluates.",
                    "Write the safety plan with the client: warning signs, then internal coping strategies.",
                    "Add people and social settings that help distraction, then family or friends who can help.",
                    "List professionals and agencies to contact, including crisis lines and emergency services.",
                    "Make the environment safe: discuss access to lethal means and how to limit it.",
                    "Arrange follow-up contact, and review the plan and the risk at every session while it stands."),
            List.of(
                    "A negative PHQ-9 item 9 never clears risk: in one Veterans Affairs cohort, 71.6 % of patients"
                            + " who died by suicide had answered \"not at all\".",
                    "Imminent risk calls for action now, not a plan for the next session.",
                    "At moderate risk (ideation without intent or plan), evidence-based treatment, trauma-focused"
                            + " therapy included, goes on alongside the plan."),
            SeedSection.EVIDENCE_ORIGIN,
            List.of(Sources.CSSRS_TRIAGE, Sources.STANLEY_BROWN_2012, Sources.STANLEY_2018,
                    Sources.SIMON_2013_PHQ9_ITEM9, Sources.VA_COHORT_PHQ9_ITEM9, Sources.ROZEK_2022));

    private SafetyPlanning() {
    }

    static void addTo(Catalog.Builder catalog) {
        String actNow = ACT_NOW.id();
        String plan = SAFETY_PLANNING.id();
        catalog.alert(new AlertRule("imminent-suicide-risk", Severity.CRITICAL, "IMMINENT_SUICIDE_RISK",
                "Suicide risk is recorded as imminent. Act now: do not leave the client alone and contact crisis"
                        + " or emergency services; make a safety plan once the client is safe. No impasse strategy"
                        + " is offered while imminent risk stands.",
                ClinicalSignals.IMMINENT_SUICIDE_RISK, actNow,
                List.of(Sources.CSSRS_TRIAGE, Sources.STANLEY_BROWN_2012)));
        catalog.alert(new AlertRule("suicide-risk-high", Severity.CRITICAL, "SUICIDE_RISK",
                "Suicide risk is recorded as high. Put the impasse aside: take safety precautions until a"
                        + " mental-health professional evaluates, and complete a safety plan with the client before"
                        + " any impasse work; the strategies after it are for once the plan is in place."
                        + " Confrontation, trauma reprocessing, waiting, ending or transferring care are withheld.",
                ClinicalSignals.HIGH_SUICIDE_RISK, plan,
                List.of(Sources.CSSRS_TRIAGE, Sources.STANLEY_BROWN_2012)));
        catalog.alert(new AlertRule("moderate-suicide-risk", Severity.WARNING, "MODERATE_SUICIDE_RISK",
                "Suicide risk is recorded as moderate. Complete or review a safety plan and monitor risk every"
                        + " session; evidence-based treatment, trauma-focused therapy included, goes on. Waiting,"
                        + " ending or transferring care are withheld.",
                ClinicalSignals.MODERATE_SUICIDE_RISK, plan,
                List.of(Sources.ROZEK_2022, Sources.STANLEY_BROWN_2012)));
        // Raised whatever risk level is recorded: a positive item 9 always warrants a C-SSRS, and the
        // condition language cannot ask whether a risk level is missing.
        catalog.alert(new AlertRule("phq9-item9-positive", Severity.WARNING, "PHQ9_ITEM9_POSITIVE",
                "PHQ-9 item 9 is positive, whatever risk level is recorded. Assess risk with the C-SSRS now and,"
                        + " if risk is confirmed, complete a safety plan before impasse work. Confrontation, trauma"
                        + " reprocessing, waiting, ending or transferring care are withheld until then.",
                ClinicalSignals.PHQ9_ITEM9_POSITIVE, plan,
                List.of(Sources.SIMON_2013_PHQ9_ITEM9, Sources.CSSRS_TRIAGE)));

        catalog.rule(Rule.score("imminent-risk-act-now", actNow, 5.0, ClinicalSignals.IMMINENT_SUICIDE_RISK,
                "Imminent suicide risk needs safety precautions now, before anything else.",
                Sources.CSSRS_TRIAGE));
        catalog.rule(Rule.score("high-risk-needs-safety-plan", plan, 3.0, ClinicalSignals.HIGH_SUICIDE_RISK,
                "High suicide risk comes before any impasse: in one study across nine VA emergency departments,"
                        + " a safety plan with follow-up calls halved suicidal behaviour.",
                Sources.STANLEY_2018, Sources.CSSRS_TRIAGE));
        catalog.rule(Rule.score("moderate-risk-safety-plan", plan, 2.0, ClinicalSignals.MODERATE_SUICIDE_RISK,
                "Moderate suicide risk warrants a written safety plan, reviewed every session while treatment goes"
                        + " on.",
                Sources.STANLEY_BROWN_2012, Sources.ROZEK_2022));
        catalog.rule(Rule.score("phq9-item9-assess-risk", plan, 2.0, ClinicalSignals.PHQ9_ITEM9_POSITIVE,
                "In a cohort of 84,418 outpatients, the risk of a suicide attempt rose with each answer above"
                        + " \"not at all\" on PHQ-9 item 9; any such answer calls for a C-SSRS.",
                Sources.SIMON_2013_PHQ9_ITEM9));
    }
}
