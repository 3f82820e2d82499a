package org.impasseadvisor.catalog;

import static org.impasseadvisor.engine.Conditions.all;
import static org.impasseadvisor.engine.Conditions.any;
import static org.impasseadvisor.engine.Conditions.hasConcern;
import static org.impasseadvisor.engine.Conditions.hasRootCause;
import static org.impasseadvisor.engine.Conditions.hasRupture;
import static org.impasseadvisor.engine.Conditions.isTrue;
import static org.impasseadvisor.engine.Conditions.not;
import static org.impasseadvisor.engine.Conditions.trainedIn;

import java.util.List;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.descriptor.Training;
import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.Severity;
import org.impasseadvisor.engine.Signals;
import org.impasseadvisor.engine.Strategy;

/**
 * "Seek Feedback and Respect Cultural Perspectives": the impasse as a message about the relationship —
 * the therapist's biases, a lack of connection, culture, the therapist's competence or safety, and
 * countertransference.
 */
final class FeedbackAndCulture {

    private static final String ORIGIN = SeedSection.FEEDBACK_AND_CULTURE.heading();

    static final Strategy THERAPIST_SAFETY = new Strategy(
            "therapist-safety-supervised-ending",
            "Therapist safety: seek supervision and end with the least harm",
            "When the therapist does not feel safe, get support from supervisors and colleagues and end the"
                    + " therapy in the way that causes the client the least harm.",
            List.of(
                    "Take the concern to a supervisor or trusted colleagues now.",
                    "Take the practical steps that keep you safe in and around sessions.",
                    "Plan with supervision how to end with the least harm: timing, wording, and a referral.",
                    "Refer the client on and make sure care continues after the ending.",
                    "Keep personal feelings and countertransference out of how the ending is done."),
            List.of("While the client's suicide risk is moderate, high or imminent, or PHQ-9 item 9 is positive, do"
                    + " not end or transfer care until the client is safe and has continuing care.",
                    "Forcing the relationship to continue when it is no longer safe helps no one."),
            ORIGIN,
            List.of(Sources.APA_10_10, Sources.APA_2_01));

    static final Strategy COMPETENCE_GAP = new Strategy(
            "address-competence-gap",
            "Address a competence gap: discuss it, consult, or refer",
            "When the subject, diagnosis or intervention the client needs is outside your competence, say so,"
                    + " and get consultation or supervision, or refer.",
            List.of(
                    "Discuss the gap openly with the client.",
                    "Obtain consultation, supervision or training before continuing in that area.",
                    "If the gap cannot be closed in time, refer to a clinician competent in it.",
                    "Put the client's best support ahead of continuing the relationship."),
            List.of("Practising outside the boundaries of competence risks harm to the client."),
            ORIGIN,
            List.of(Sources.APA_2_01));

    static final Strategy COUNTERTRANSFERENCE = new Strategy(
            "countertransference-supervision",
            "Take countertransference to supervision",
            "When your own feelings or biases are getting in the way, work through them in supervision so they"
                    + " stop blocking the client.",
            List.of(
                    "Notice and name to yourself the feelings the client evokes.",
                    "Bring them to supervision or consultation rather than acting on them.",
                    "Ask the client for feedback on how the sessions feel to them.",
                    "If the feelings cannot be contained, plan a least-harm referral."),
            List.of("Do not burden the client with your own feelings; use supervision for them."),
            ORIGIN,
            List.of(Sources.APA_2_01, Sources.SAFRAN_MURAN_2000));

    static final Strategy CULTURAL_PERSPECTIVES = new Strategy(
            "understand-cultural-perspectives",
            "Understand the client's cultural perspectives",
            "When the connection is missing, learn the client's cultural perspective and work through past"
                    + " issues that may be a barrier.",
            List.of(
                    "Ask the client how their cultural background shapes how they see their difficulties and"
                            + " therapy.",
                    "Explore past experiences, including with helpers or institutions, that may be a barrier.",
                    "Adapt the work to the client's perspective where you can.",
                    "Where culture matters beyond your competence, obtain training, consultation or supervision,"
                            + " or refer."),
            List.of("Do not assume a perspective from a background; ask."),
            ORIGIN,
            List.of(Sources.APA_2_01, Sources.FLUCKIGER_2018));

    static final Strategy ASK_FOR_FEEDBACK = new Strategy(
            "ask-for-feedback-on-biases",
            "Ask for feedback, including on your own biases",
            "Treat the impasse as a message: ask the client, routinely and with outcome and alliance measures,"
                    + " what is blocking them from receiving your interventions.",
            List.of(
                    "Ask the client directly what is and is not helping, and whether anything you do gets in"
                            + " the way.",
                    "Collect outcome and alliance ratings every session, for example ORS and SRS.",
                    "When a client is off track, review alliance, motivation, social support and life events.",
                    "Act visibly on the feedback and check at the next session whether it helped."),
            List.of("Feedback only helps if it is asked for in a way that makes honesty safe."),
            ORIGIN,
            List.of(Sources.LAMBERT_2018, Sources.DE_JONG_2021, Sources.OSTERGARD_2018, Sources.OQ_SIGNAL_CLIENTS,
                    Sources.PCOMS_CUTOFFS));

    private FeedbackAndCulture() {
    }

    static void addTo(Catalog.Builder catalog) {
        String safety = THERAPIST_SAFETY.id();
        catalog.alert(new AlertRule("therapist-safety-concern", Severity.WARNING, "THERAPIST_SAFETY",
                "The therapist does not feel safe with this client. Seek supervision now and, with your"
                        + " supervisor, plan a least-harm ending with a referral (once the client is safe, if suicide"
                        + " risk is raised); do not continue impasse work alone. Confrontation, trauma reprocessing,"
                        + " waiting, and ending or transfer outside supervision are withheld.",
                hasRootCause(RootCause.THERAPIST_SAFETY_CONCERN), safety, List.of(Sources.APA_10_10)));
        catalog.rule(Rule.score("therapist-safety-supervision", safety, 3.0,
                hasRootCause(RootCause.THERAPIST_SAFETY_CONCERN),
                "A therapist who does not feel safe needs support from supervisors and colleagues to end with the"
                        + " least harm.",
                Sources.APA_10_10));

        String competence = COMPETENCE_GAP.id();
        catalog.rule(Rule.score("competence-gap-consult-or-refer", competence, 3.0,
                hasRootCause(RootCause.THERAPIST_COMPETENCE_GAP),
                "Practice stays within the boundaries of competence: discuss the gap, get consultation or"
                        + " supervision, or refer.",
                Sources.APA_2_01));
        // CBT training covers the trauma-focused CBT, prolonged exposure and cognitive processing therapy the
        // guidelines recommend alongside EMDR, so lacking EMDR alone is no competence gap.
        catalog.rule(Rule.score("trauma-fear-untrained-in-trauma-therapy-consult", competence, 1.0,
                all(hasRootCause(RootCause.FEAR), hasConcern(Concern.PTSD),
                        not(any(trainedIn(Training.EMDR), trainedIn(Training.CBT)))),
                "Fear rooted in trauma will need trauma-focused treatment; the therapist is trained in neither EMDR"
                        + " nor CBT, so consultation or a referral may be needed.",
                Sources.APA_2_01, Sources.VA_DOD_2023_PTSD));

        String countertransference = COUNTERTRANSFERENCE.id();
        catalog.rule(Rule.score("countertransference-supervision", countertransference, 3.0,
                hasRootCause(RootCause.COUNTERTRANSFERENCE),
                "In the article's practice, the therapist's own feelings that block the work are taken to"
                        + " supervision and processed there.",
                SeedSection.FEEDBACK_AND_CULTURE.practice()));
        catalog.rule(Rule.score("countertransference-with-confrontation", countertransference, 0.5,
                all(hasRootCause(RootCause.COUNTERTRANSFERENCE), hasRupture(RuptureMarker.CONFRONTATION)),
                "Open confrontation makes countertransference likelier to drive the therapist's responses.",
                Sources.SAFRAN_MURAN_2000));

        String culture = CULTURAL_PERSPECTIVES.id();
        catalog.rule(Rule.score("cultural-disconnect-understand-perspectives", culture, 2.5,
                hasRootCause(RootCause.CULTURAL_DISCONNECT),
                "A cultural disconnect resolves through understanding the client's perspective, with"
                        + " consultation where culture matters beyond the therapist's competence.",
                Sources.APA_2_01));
        catalog.rule(Rule.score("lack-of-connection-cultural-factors", culture, 2.0,
                all(hasRootCause(RootCause.LACK_OF_CONNECTION), isTrue(Signals.CULTURAL_FACTORS)),
                "When the connection is missing and culture is relevant, understanding the client's cultural"
                        + " perspective comes first.",
                SeedSection.FEEDBACK_AND_CULTURE.practice(), Sources.APA_2_01));
        catalog.rule(Rule.score("cultural-factors-relevant", culture, 0.5, isTrue(Signals.CULTURAL_FACTORS),
                "The client's cultural background is relevant to the relationship.",
                Sources.APA_2_01));

        String feedback = ASK_FOR_FEEDBACK.id();
        catalog.rule(Rule.score("lack-of-connection-ask-for-feedback", feedback, 2.0,
                hasRootCause(RootCause.LACK_OF_CONNECTION),
                "A missing connection may come from the therapist's own errors or biases; only the client can"
                        + " say.",
                Sources.FLUCKIGER_2018));
        catalog.rule(Rule.score("countertransference-ask-for-feedback", feedback, 1.0,
                hasRootCause(RootCause.COUNTERTRANSFERENCE),
                "The article's contributor asks clients for feedback to learn whether their own feelings or"
                        + " biases are reaching the sessions.",
                SeedSection.FEEDBACK_AND_CULTURE.practice()));
        catalog.rule(Rule.score("low-srs-ask-for-feedback", feedback, 1.0, ClinicalSignals.SRS_ALLIANCE_CONCERN,
                "An SRS total of 36 or less signals an alliance concern to explore with the client.",
                Sources.PCOMS_CUTOFFS));
        catalog.rule(Rule.score("not-on-track-ask-for-feedback", feedback, 1.0, ClinicalSignals.ORS_NOT_IMPROVING,
                "Routine outcome feedback nearly doubles reliable change for clients predicted to do poorly.",
                Sources.LAMBERT_2018, Sources.DE_JONG_2021));
    }
}
