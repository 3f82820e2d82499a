package org.impasseadvisor.catalog;

import static org.impasseadvisor.engine.Conditions.all;
import static org.impasseadvisor.engine.Conditions.any;
import static org.impasseadvisor.engine.Conditions.atLeast;
import static org.impasseadvisor.engine.Conditions.hasConcern;
import static org.impasseadvisor.engine.Conditions.hasRootCause;
import static org.impasseadvisor.engine.Conditions.isOneOf;
import static org.impasseadvisor.engine.Conditions.not;
import static org.impasseadvisor.engine.Conditions.trainedIn;

import java.util.List;
import org.impasseadvisor.descriptor.Attendance;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.Readiness;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.Training;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Condition;
import org.impasseadvisor.engine.Reference;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.Signals;
import org.impasseadvisor.engine.Strategy;

/**
 * "Address PTSD with Tailored Interventions": the answer depends on what the impasse is rooted in —
 * fear (safety first, then trauma processing), low motivation from depression (one new behaviour at a
 * time), or deception (name it, check buy-in, assess for addictions, refer).
 */
final class TailoredInterventions {

    private static final String ORIGIN = SeedSection.TAILORED_INTERVENTIONS.heading();

    static final Strategy ESTABLISH_SAFETY = new Strategy(
            "establish-safety-before-trauma-work",
            "Establish safety and support before trauma work",
            "When fear holds the client back, make them feel safe and supported before any trauma"
                    + " processing.",
            List.of(
                    "Acknowledge the fear and let the client set the pace.",
                    "Build stabilisation skills: grounding, self-soothing, and a plan for distress between sessions.",
                    "Screen for dissociation before planning any trauma processing.",
                    "Agree with the client on signs that they feel safe enough to begin trauma-focused work.",
                    "Then offer an evidence-based trauma treatment: trauma-focused CBT, prolonged exposure,"
                            + " cognitive processing therapy or EMDR."),
            List.of("Trauma processing started before the client feels safe can deepen the impasse."),
            ORIGIN,
            List.of(Sources.ISSTD_2022_DISSOCIATION, Sources.WHO_2013_PTSD, Sources.VA_DOD_2023_PTSD));

    static final Strategy EMDR_REPROCESSING = new Strategy(
            "emdr-reprocessing",
            "Trauma reprocessing with EMDR",
            "Once the client feels safe and has been screened for dissociation, a trained therapist can"
                    + " process the trauma with EMDR.",
            List.of(
                    "Confirm the preparation phase is complete: the client feels safe and has stabilisation skills.",
                    "Screen for dissociation; if a dissociative disorder is suspected, do not begin standard"
                            + " reprocessing.",
                    "Follow the eight phases: history, preparation, assessment, desensitisation, installation,"
                            + " body scan, closure, re-evaluation.",
                    "Close every session with the client grounded, and re-evaluate at the next."),
            List.of("Only a therapist trained in EMDR should deliver it.",
                    "Standard EMDR with an unrecognised dissociative disorder risks significant harm: screen first.",
                    "Withheld while emotions overwhelm the client: reprocessing needs stabilisation and a client who"
                            + " feels safe first.",
                    "Withheld while suicide risk is high or imminent, PHQ-9 item 9 is positive or the therapist"
                            + " does not feel safe. At moderate risk (ideation without intent or plan) it can go"
                            + " ahead: review the safety plan and monitor risk every session."),
            ORIGIN,
            List.of(Sources.EMDR_EIGHT_PHASES, Sources.ISSTD_2022_DISSOCIATION, Sources.WHO_2013_PTSD,
                    Sources.VA_DOD_2023_PTSD));

    static final Strategy BEHAVIOURAL_ACTIVATION = new Strategy(
            "behavioural-activation",
            "Behavioural activation: one healthy new behaviour at a time",
            "When depression drains motivation, balance support with a challenge to do one small, healthy new"
                    + " thing at a time.",
            List.of(
                    "Agree on one small, healthy new behaviour the client can do before the next session.",
                    "Grade the steps from simple to harder as each one succeeds.",
                    "Review what happened in session, with curiosity rather than judgement.",
                    "Balance support with challenge: add the next behaviour only when the last one holds."),
            List.of("Too big a first step confirms the client's hopelessness; start smaller than seems necessary.",
                    "An action technique: in precontemplation, explore the client's own reasons for change with"
                            + " motivational interviewing first."),
            ORIGIN,
            List.of(Sources.EKERS_2014));

    static final Strategy NAME_DISCREPANCY = new Strategy(
            "name-discrepancy-and-check-buy-in",
            "Name the discrepancy and check buy-in",
            "When the client's accounts do not match their behaviour, say so plainly and find out whether"
                    + " they want to change.",
            List.of(
                    "Lay out the treatment plan and what each of you has agreed to.",
                    "Name the discrepancy between accounts and behaviour, or the third party's report, without"
                            + " accusing.",
                    "If the discrepancy continues, say plainly that the client is wasting time and money, both"
                            + " theirs and yours.",
                    "Ask directly what the client wants from therapy for themselves.",
                    "If there is no buy-in, refer out."),
            List.of("This is practitioner experience; published evidence on working with deception in therapy is"
                    + " thin.",
                    "When the report comes from a partner or a family member, do not use it without their consent,"
                            + " and consider coercion or intimate-partner violence before raising it: ask about the"
                            + " client's safety, and the reporter's, first.",
                    "Withheld while suicide risk is high or imminent, PHQ-9 item 9 is positive or the therapist"
                            + " does not feel safe. At moderate risk, keep it collaborative and review the safety"
                            + " plan."),
            ORIGIN,
            List.of(SeedSection.TAILORED_INTERVENTIONS.practice()));

    static final Strategy ADDICTIONS_FIRST = new Strategy(
            "assess-addictions-and-refer-specialist",
            "Assess for addictions behind the deception, and involve a specialist",
            "In the article author's experience, deception can hide an addiction; assess for one and, if one is"
                    + " found, involve a specialist trained in it.",
            List.of(
                    "Assess for addictions of any type, including substance use and sexual impulsivity.",
                    "If an addiction is found, agree with the client whether it needs attention first, as the"
                            + " article's author advises from practice.",
                    "Refer to a specialist trained in that area, within your boundaries of competence.",
                    "Agree with the client how the specialist work and your work will fit together."),
            List.of("Practitioner experience, not tested evidence: the link between deception and addiction is the"
                    + " article author's observation.",
                    "Substance use on its own is no reason to delay evidence-based treatment, PTSD treatment"
                            + " included."),
            ORIGIN,
            List.of(SeedSection.TAILORED_INTERVENTIONS.practice(), Sources.APA_2_01));

    private static final Condition ADDICTION = any(hasConcern(Concern.SUBSTANCE_USE),
            hasConcern(Concern.BEHAVIORAL_ADDICTION));

    private TailoredInterventions() {
    }

    static void addTo(Catalog.Builder catalog) {
        addFearRules(catalog);
        addLowMotivationRules(catalog);
        addDeceptionRules(catalog);
    }

    private static void addFearRules(Catalog.Builder catalog) {
        String safety = ESTABLISH_SAFETY.id();
        catalog.rule(Rule.score("fear-needs-safety-first", safety, 2.5, hasRootCause(RootCause.FEAR),
                "In the article author's practice, an impasse rooted in fear yields once the client feels safe and"
                        + " supported, not before.",
                SeedSection.TAILORED_INTERVENTIONS.practice(), Sources.ISSTD_2022_DISSOCIATION));
        catalog.rule(Rule.score("fear-with-ptsd-stabilise", safety, 1.0,
                all(hasRootCause(RootCause.FEAR), hasConcern(Concern.PTSD)),
                "With PTSD, stabilisation prepares the way for the trauma-focused treatment the guidelines"
                        + " recommend.",
                Sources.WHO_2013_PTSD, Sources.VA_DOD_2023_PTSD));
        catalog.rule(Rule.score("dysregulation-with-ptsd-stabilise", safety, 1.0,
                all(hasRootCause(RootCause.EMOTIONAL_DYSREGULATION), hasConcern(Concern.PTSD)),
                "Overwhelming emotion with PTSD calls for stabilisation before any trauma processing.",
                Sources.ISSTD_2022_DISSOCIATION));

        String emdr = EMDR_REPROCESSING.id();
        // Scores below establishing safety on purpose: safety comes first, reprocessing second.
        catalog.rule(Rule.score("fear-with-ptsd-emdr-trained", emdr, 2.0,
                all(hasRootCause(RootCause.FEAR), hasConcern(Concern.PTSD), trainedIn(Training.EMDR)),
                "Fear rooted in trauma can be processed with EMDR, which WHO and VA/DoD guidelines recommend for"
                        + " PTSD, by a therapist trained in it.",
                Sources.WHO_2013_PTSD, Sources.VA_DOD_2023_PTSD));
        catalog.rule(Rule.score("ptsd-emdr-trained", emdr, 0.5,
                all(hasConcern(Concern.PTSD), trainedIn(Training.EMDR)),
                "EMDR is a guideline-recommended treatment for PTSD and the therapist is trained in it.",
                Sources.VA_DOD_2023_PTSD));
        catalog.rule(Rule.gate("emdr-withheld-not-trained", emdr, not(trainedIn(Training.EMDR)),
                "EMDR is withheld: the therapist is not trained in it.",
                Sources.EMDR_EIGHT_PHASES));
        catalog.rule(Rule.gate("emdr-withheld-emotional-dysregulation", emdr,
                hasRootCause(RootCause.EMOTIONAL_DYSREGULATION),
                "Trauma reprocessing is withheld while emotions overwhelm the client: stabilise first, until the"
                        + " client can stay within the window of tolerance and feels safe.",
                Sources.EMDR_EIGHT_PHASES, Sources.ISSTD_2022_DISSOCIATION));
        SafetyGates.withhold(catalog, emdr, SafetyGates.Hazard.REPROCESSING, Sources.ISSTD_2022_DISSOCIATION);
    }

    private static void addLowMotivationRules(Catalog.Builder catalog) {
        String activation = BEHAVIOURAL_ACTIVATION.id();
        catalog.rule(Rule.score("low-motivation-activate", activation, 2.0, hasRootCause(RootCause.LOW_MOTIVATION),
                "Low motivation yields to action before insight: one small new behaviour at a time.",
                Sources.EKERS_2014));
        catalog.rule(Rule.score("low-motivation-with-depression-activate", activation, 1.0,
                all(hasRootCause(RootCause.LOW_MOTIVATION), hasConcern(Concern.DEPRESSION)),
                "Behavioural activation outperforms control conditions for depression across 26 trials.",
                Sources.EKERS_2014));
        catalog.rule(Rule.score("low-motivation-phq9-moderate-activate", activation, 0.5,
                all(hasRootCause(RootCause.LOW_MOTIVATION), atLeast(Signals.PHQ9_TOTAL, 10)),
                "A PHQ-9 total of 10 or more is at least moderate depression, which behavioural activation"
                        + " targets.",
                Sources.EKERS_2014));
        catalog.rule(Rule.score("low-motivation-precontemplation-activate-later", activation, -1.0,
                all(hasRootCause(RootCause.LOW_MOTIVATION), isOneOf(Signals.READINESS, Readiness.PRECONTEMPLATION)),
                "In precontemplation an action technique comes after motivational interviewing, so it ranks lower.",
                Sources.STAGES_OF_CHANGE));
        catalog.rule(Rule.score("low-motivation-activation-trained", activation, 0.5,
                all(hasRootCause(RootCause.LOW_MOTIVATION), trainedIn(Training.BEHAVIORAL_ACTIVATION)),
                "The therapist is trained in behavioural activation.",
                Sources.EKERS_2014));
    }

    private static void addDeceptionRules(Catalog.Builder catalog) {
        String discrepancy = NAME_DISCREPANCY.id();
        Reference practice = SeedSection.TAILORED_INTERVENTIONS.practice();
        catalog.rule(Rule.score("deception-name-discrepancy", discrepancy, 2.0, hasRootCause(RootCause.DECEPTION),
                "In the article author's practice, naming the discrepancy tests whether the client wants to change;"
                        + " published evidence on deception in therapy is thin.",
                practice));
        catalog.rule(Rule.score("deception-sent-by-partner-or-family", discrepancy, 1.0,
                all(hasRootCause(RootCause.DECEPTION),
                        isOneOf(Signals.ATTENDANCE, Attendance.PARTNER_INSISTED, Attendance.FAMILY_INSISTED)),
                "A client who attends because someone else insists may have no buy-in of their own; the article's"
                        + " author asks.",
                practice));
        SafetyGates.withhold(catalog, discrepancy, SafetyGates.Hazard.CONFRONTATION,
                SeedSection.FEEDBACK_AND_CULTURE.practice());

        String addictions = ADDICTIONS_FIRST.id();
        catalog.rule(Rule.score("deception-rule-out-addictions", addictions, 1.0, hasRootCause(RootCause.DECEPTION),
                "In the article author's experience, deception can hide an addiction of any type, so assess for"
                        + " one.",
                practice));
        catalog.rule(Rule.score("deception-with-addiction-involve-specialist", addictions, 1.5,
                all(hasRootCause(RootCause.DECEPTION), ADDICTION),
                "Deception alongside substance use or a behavioural addiction: the article's author involves a"
                        + " specialist and addresses the addiction first.",
                practice, Sources.APA_2_01));
    }
}
