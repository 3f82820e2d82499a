package org.impasseadvisor.catalog;

import static org.impasseadvisor.engine.Conditions.all;
import static org.impasseadvisor.engine.Conditions.any;
import static org.impasseadvisor.engine.Conditions.hasConcern;
import static org.impasseadvisor.engine.Conditions.hasRootCause;
import static org.impasseadvisor.engine.Conditions.isOneOf;
import static org.impasseadvisor.engine.Conditions.trainedIn;

import java.util.List;
import org.impasseadvisor.descriptor.AgeGroup;
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
 * "Employ Motivational Interviewing and Rapport-Building": OARS for ambivalence and disengagement,
 * rapport through the client's own interests (especially adolescents sent by their parents),
 * psychoeducation on the diagnosis, and engaging clients who attend because they must.
 */
final class MotivationalInterviewing {

    private static final String ORIGIN = SeedSection.MOTIVATIONAL_INTERVIEWING.heading();

    static final Strategy ENGAGE_MANDATED_CLIENT = new Strategy(
            "engage-mandated-client",
            "Engage a mandated client with motivational interviewing",
            "A client who attends because a court or employer requires it needs a reason of their own to be"
                    + " there; find it with motivational interviewing rather than push for action.",
            List.of(
                    "Acknowledge openly that the client did not choose to come, and what you must report.",
                    "Ask what the client would want from the sessions they have to attend anyway.",
                    "Use open questions, affirmations, reflections and summaries to draw out their own reasons"
                            + " for change.",
                    "Match the stage of change: in precontemplation explore, do not prescribe action."),
            List.of("Be transparent about reporting duties from the start; discovering them later breaks trust."),
            ORIGIN,
            List.of(Sources.MI_OARS, Sources.STAGES_OF_CHANGE));

    static final Strategy RAPPORT_THROUGH_INTERESTS = new Strategy(
            "rapport-through-interests",
            "Build rapport through the client's own interests",
            "Especially with adolescents sent by their parents, build rapport through a focused conversation"
                    + " on the client's activities, hobbies and interests.",
            List.of(
                    "Spend time on what the young person cares about: activities, hobbies, topics of interest.",
                    "Acknowledge that therapy was their parents' idea and ask what they would want from it.",
                    "Use reflections and affirmations more than questions.",
                    "Link the work to goals the young person names for themselves."),
            List.of("Agree with the adolescent and the parents at the start on what will be shared with the parents."),
            ORIGIN,
            List.of(Sources.JENSEN_2011, Sources.MI_OARS));

    static final Strategy PSYCHOEDUCATION = new Strategy(
            "psychoeducation-on-diagnosis",
            "Psychoeducation on the client's diagnosis",
            "Help the client understand their diagnosis, what keeps it going and how treatment works, so the"
                    + " work makes sense to them.",
            List.of(
                    "Ask what the client already understands about their difficulties.",
                    "Explain the diagnosis in plain words, including what maintains it.",
                    "Explain how the proposed treatment addresses it, and what it asks of the client.",
                    "Check understanding with a summary in the client's own words."),
            List.of("Offer information, do not impose a label; ask permission before explaining."),
            ORIGIN,
            List.of(Sources.MI_OARS, Sources.STAGES_OF_CHANGE));

    static final Strategy OARS = new Strategy(
            "oars-for-ambivalence-and-disengagement",
            "Motivational interviewing (OARS) for ambivalence and disengagement",
            "Explore the client's ambivalence about change with open questions, affirmations, reflections and"
                    + " summaries.",
            List.of(
                    "Ask open questions about what the client wants and what holds them back.",
                    "Affirm the client's strengths and efforts.",
                    "Reflect both sides of the ambivalence, and the client's own reasons for change.",
                    "Summarise, and ask what the client makes of it.",
                    "Match the stage of change: in precontemplation or contemplation, do not push action"
                            + " techniques."),
            List.of("Arguing for change provokes the client to argue against it."),
            ORIGIN,
            List.of(Sources.MI_OARS, Sources.STAGES_OF_CHANGE, Sources.JENSEN_2011));

    private static final Condition NOT_YET_READY = isOneOf(Signals.READINESS, Readiness.PRECONTEMPLATION,
            Readiness.CONTEMPLATION);
    private static final Condition DISENGAGED_OR_AMBIVALENT = any(hasRootCause(RootCause.DISENGAGEMENT),
            hasRootCause(RootCause.AMBIVALENCE));
    private static final Condition ADOLESCENT = isOneOf(Signals.AGE_GROUP, AgeGroup.ADOLESCENT);
    private static final Condition ADOLESCENT_SENT_BY_PARENTS = all(ADOLESCENT,
            isOneOf(Signals.ATTENDANCE, Attendance.FAMILY_INSISTED));
    private static final Reference PRACTICE = SeedSection.MOTIVATIONAL_INTERVIEWING.practice();

    private MotivationalInterviewing() {
    }

    static void addTo(Catalog.Builder catalog) {
        String mandated = ENGAGE_MANDATED_CLIENT.id();
        catalog.rule(Rule.score("mandated-attendance-engage", mandated, 1.5, ClinicalSignals.MANDATED,
                "A client required to attend by a court or employer needs reasons of their own before the work"
                        + " can start.",
                Sources.MI_OARS, Sources.STAGES_OF_CHANGE));
        catalog.rule(Rule.score("mandated-and-disengaged-engage", mandated, 1.5,
                all(ClinicalSignals.MANDATED, any(hasRootCause(RootCause.DISENGAGEMENT),
                        hasRootCause(RootCause.DENIAL), hasRootCause(RootCause.AMBIVALENCE))),
                "Disengagement, denial or ambivalence in a mandated client is the expected starting point, not a"
                        + " failure.",
                Sources.MI_OARS));
        catalog.rule(Rule.score("mandated-precontemplation-engage", mandated, 0.5,
                all(ClinicalSignals.MANDATED, isOneOf(Signals.READINESS, Readiness.PRECONTEMPLATION)),
                "In precontemplation, explore rather than prescribe action.",
                Sources.STAGES_OF_CHANGE));

        String rapport = RAPPORT_THROUGH_INTERESTS.id();
        catalog.rule(Rule.score("adolescent-sent-by-parents-rapport", rapport, 2.5, ADOLESCENT_SENT_BY_PARENTS,
                "The article names adolescents who accept therapy only because their parents told them to go;"
                        + " rapport through their own interests gives them a reason to engage.",
                PRACTICE, Sources.JENSEN_2011));
        catalog.rule(Rule.score("adolescent-sent-by-parents-oars", OARS.id(), 1.0, ADOLESCENT_SENT_BY_PARENTS,
                "The article names adolescents sent by their parents as the case for motivational interviewing:"
                        + " draw out reasons of their own with open questions and reflections.",
                Sources.JENSEN_2011, PRACTICE));
        catalog.rule(Rule.score("adolescent-disengaged-rapport", rapport, 1.0,
                all(ADOLESCENT, any(hasRootCause(RootCause.DISENGAGEMENT),
                        hasRootCause(RootCause.LACK_OF_CONNECTION))),
                "In the article's practice, a disengaged adolescent connects through what they care about before"
                        + " the therapy's agenda.",
                PRACTICE));

        String psychoeducation = PSYCHOEDUCATION.id();
        catalog.rule(Rule.score("disengaged-with-diagnosis-psychoeducation", psychoeducation, 1.5,
                all(hasRootCause(RootCause.DISENGAGEMENT), any(hasConcern(Concern.PTSD),
                        hasConcern(Concern.DEPRESSION), hasConcern(Concern.ANXIETY),
                        hasConcern(Concern.SUBSTANCE_USE), hasConcern(Concern.BEHAVIORAL_ADDICTION))),
                "In the article's practice, psychoeducation on the diagnosis helps a client who does not see the"
                        + " point of the work.",
                PRACTICE));
        catalog.rule(Rule.score("denial-psychoeducation", psychoeducation, 1.0, hasRootCause(RootCause.DENIAL),
                "In the article's practice, understanding the diagnosis can loosen denial of it.",
                PRACTICE));

        String oars = OARS.id();
        catalog.rule(Rule.score("disengagement-oars", oars, 2.0, hasRootCause(RootCause.DISENGAGEMENT),
                "Disengagement usually hides ambivalence; OARS re-engages without pushing.",
                Sources.MI_OARS));
        catalog.rule(Rule.score("ambivalence-oars", oars, 2.0, hasRootCause(RootCause.AMBIVALENCE),
                "Motivational interviewing exists to explore ambivalence about change.",
                Sources.MI_OARS));
        catalog.rule(Rule.score("not-yet-ready-oars", oars, 1.0, all(DISENGAGED_OR_AMBIVALENT, NOT_YET_READY),
                "In precontemplation or contemplation, motivational interviewing fits better than action"
                        + " techniques.",
                Sources.STAGES_OF_CHANGE));
        catalog.rule(Rule.score("sent-by-others-not-ready-oars", oars, 1.0,
                all(isOneOf(Signals.ATTENDANCE, Attendance.PARTNER_INSISTED, Attendance.COURT_ORDERED,
                        Attendance.EMPLOYER_REQUIRED), NOT_YET_READY),
                "Attending because a partner, a court or an employer insisted, and not yet set on change: draw out"
                        + " the client's own reasons with open questions and reflections before any action technique.",
                Sources.MI_OARS, Sources.STAGES_OF_CHANGE));
        catalog.rule(Rule.score("low-motivation-precontemplation-oars", oars, 3.0,
                all(hasRootCause(RootCause.LOW_MOTIVATION), isOneOf(Signals.READINESS, Readiness.PRECONTEMPLATION)),
                "Low motivation in precontemplation calls for motivational interviewing before any action"
                        + " technique such as behavioural activation.",
                Sources.STAGES_OF_CHANGE, Sources.MI_OARS));
        catalog.rule(Rule.score("adolescent-disengaged-oars", oars, 0.5,
                all(ADOLESCENT, hasRootCause(RootCause.DISENGAGEMENT)),
                "Motivational interviewing has a small positive effect with adolescents.",
                Sources.JENSEN_2011));
        catalog.rule(Rule.score("disengaged-or-ambivalent-mi-trained", oars, 0.5,
                all(DISENGAGED_OR_AMBIVALENT, trainedIn(Training.MOTIVATIONAL_INTERVIEWING)),
                "The therapist is trained in motivational interviewing.",
                Sources.MI_OARS));
    }
}
