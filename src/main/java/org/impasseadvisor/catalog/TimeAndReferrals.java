package org.impasseadvisor.catalog;

import static org.impasseadvisor.engine.Conditions.all;
import static org.impasseadvisor.engine.Conditions.any;
import static org.impasseadvisor.engine.Conditions.hasRootCause;
import static org.impasseadvisor.engine.Conditions.hasRupture;
import static org.impasseadvisor.engine.Conditions.isOneOf;

import java.util.List;
import org.impasseadvisor.descriptor.OrsTrend;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Condition;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.Signals;
import org.impasseadvisor.engine.Strategy;

/**
 * "Navigate Impasses with Time and Referrals": a power struggle, irreconcilable differences, a
 * personality mismatch or denial can be discussed openly, given time, or referred on.
 */
final class TimeAndReferrals {

    private static final String ORIGIN = SeedSection.TIME_AND_REFERRALS.heading();

    static final Strategy DISCUSS_THE_PROCESS = new Strategy(
            "discuss-the-process",
            "Discuss the process itself: repair the rupture",
            "Step outside the stuck interaction and explore it together with the client, openly and without"
                    + " blame.",
            List.of(
                    "Name the impasse transparently: neither of you is a mind reader.",
                    "Invite the client's view of what is happening between you, and acknowledge your own part.",
                    "Validate and explore in the rupture session; leave change techniques for later.",
                    "Agree together on what to change in the way you work.",
                    "Check the alliance at the end of the session, for example with the Session Rating Scale."),
            List.of("If the work is still off track after repair attempts, consider a referral."),
            ORIGIN,
            List.of(Sources.SAFRAN_MURAN_2000, Sources.EUBANKS_BURCKELL_GOLDFRIED_2018,
                    Sources.EUBANKS_MURAN_SAFRAN_2018));

    static final Strategy REFER_TO_ANOTHER_CLINICIAN = new Strategy(
            "refer-to-another-clinician",
            "Refer to another clinician",
            "When the relationship itself is the obstacle and repair has not worked, a referral to another"
                    + " clinician is a legitimate way forward.",
            List.of(
                    "Discuss openly with the client that a different clinician may serve them better.",
                    "Offer the names of suitable clinicians or services.",
                    "With the client's consent, share the relevant history to make the handover smooth.",
                    "Keep seeing the client until the new clinician has taken over."),
            List.of("Withheld while suicide risk is moderate, high or imminent, PHQ-9 item 9 is positive or the"
                    + " therapist does not feel safe; whenever you refer, keep seeing the client until the new"
                    + " clinician has taken over.",
                    "Present the referral as serving the client's needs, not as a rejection."),
            ORIGIN,
            List.of(Sources.APA_10_10, Sources.EUBANKS_MURAN_SAFRAN_2018));

    static final Strategy GIVE_IT_TIME = new Strategy(
            "give-it-time-with-review-date",
            "Give it time, with a review date",
            "Some impasses resolve as the client comes to see what they need; wait deliberately, with a date"
                    + " on which to review.",
            List.of(
                    "Tell the client you see the impasse and are willing to give it time.",
                    "Set a review date and what would count as movement by then.",
                    "Keep monitoring outcome and alliance every session.",
                    "At the review date, if nothing has moved, discuss the process or refer."),
            List.of("Waiting without a review date lets an impasse drift.",
                    "Withheld while outcome scores deteriorate, suicide risk is moderate, high or imminent, PHQ-9"
                            + " item 9 is positive or the therapist does not feel safe: act instead."),
            ORIGIN,
            List.of(Sources.LAMBERT_2018, Sources.PCOMS_CUTOFFS));

    private static final Condition RELATIONAL_IMPASSE = any(
            hasRootCause(RootCause.POWER_STRUGGLE), hasRootCause(RootCause.IRRECONCILABLE_DIFFERENCES),
            hasRootCause(RootCause.PERSONALITY_MISMATCH), hasRootCause(RootCause.DENIAL));

    private TimeAndReferrals() {
    }

    static void addTo(Catalog.Builder catalog) {
        String discuss = DISCUSS_THE_PROCESS.id();
        catalog.rule(Rule.score("power-struggle-discuss-the-process", discuss, 2.5,
                hasRootCause(RootCause.POWER_STRUGGLE),
                "A power struggle is a relational cycle; stepping outside it and exploring it together is the"
                        + " most direct repair.",
                Sources.SAFRAN_MURAN_2000));
        catalog.rule(Rule.score("differences-discuss-the-process", discuss, 1.5,
                any(hasRootCause(RootCause.IRRECONCILABLE_DIFFERENCES), hasRootCause(RootCause.PERSONALITY_MISMATCH)),
                "Differences and mismatches are worth naming openly before deciding on a referral.",
                Sources.EUBANKS_BURCKELL_GOLDFRIED_2018));
        catalog.rule(Rule.score("denial-discuss-the-process", discuss, 1.5, hasRootCause(RootCause.DENIAL),
                "Being transparent about what seems to be avoided helps more than mind reading; explore it"
                        + " together before deciding to wait.",
                Sources.SAFRAN_MURAN_2000));
        catalog.rule(Rule.score("withdrawal-rupture-discuss-the-process", discuss, 1.0,
                hasRupture(RuptureMarker.WITHDRAWAL),
                "Withdrawal is a rupture marker; repaired ruptures go with better outcomes.",
                Sources.EUBANKS_MURAN_SAFRAN_2018));
        catalog.rule(Rule.score("confrontation-rupture-discuss-the-process", discuss, 1.0,
                hasRupture(RuptureMarker.CONFRONTATION),
                "Confrontation is a rupture marker; validating and exploring it repairs the alliance.",
                Sources.EUBANKS_MURAN_SAFRAN_2018));
        catalog.rule(Rule.score("low-srs-discuss-the-process", discuss, 1.0,
                ClinicalSignals.SRS_ALLIANCE_CONCERN,
                "A Session Rating Scale total of 36 or less signals an alliance concern worth raising with the"
                        + " client.",
                Sources.PCOMS_CUTOFFS));

        String refer = REFER_TO_ANOTHER_CLINICIAN.id();
        catalog.rule(Rule.score("differences-refer", refer, 1.5,
                any(hasRootCause(RootCause.IRRECONCILABLE_DIFFERENCES), hasRootCause(RootCause.PERSONALITY_MISMATCH)),
                "In the article's experience, irreconcilable differences or a personality mismatch may be better"
                        + " served by another clinician.",
                SeedSection.TIME_AND_REFERRALS.practice()));
        catalog.rule(Rule.score("relational-impasse-deteriorating-refer", refer, 1.0,
                all(RELATIONAL_IMPASSE, ClinicalSignals.ORS_DETERIORATING),
                "A relational impasse with falling outcome scores is off track; a referral may serve the client"
                        + " better than continuing.",
                Sources.LAMBERT_2018));
        SafetyGates.withhold(catalog, refer, SafetyGates.Hazard.ENDING);

        String time = GIVE_IT_TIME.id();
        catalog.rule(Rule.score("denial-give-it-time", time, 1.0, hasRootCause(RootCause.DENIAL),
                "In the article's experience, denial often yields only as the client comes to see what they need,"
                        + " which takes time.",
                SeedSection.TIME_AND_REFERRALS.practice()));
        catalog.rule(Rule.score("relational-impasse-improving-give-it-time", time, 1.0,
                all(RELATIONAL_IMPASSE, isOneOf(Signals.ORS_TREND, OrsTrend.IMPROVING)),
                "Outcome scores are still improving, so waiting with a review date is reasonable.",
                Sources.LAMBERT_2018));
        catalog.rule(Rule.gate("give-it-time-withheld-deteriorating", time, ClinicalSignals.ORS_DETERIORATING,
                "Waiting is unsafe while outcome scores deteriorate: routine feedback exists to catch exactly"
                        + " these clients.",
                Sources.LAMBERT_2018, Sources.DE_JONG_2021));
        SafetyGates.withhold(catalog, time, SafetyGates.Hazard.WAITING);
    }
}
