package org.impasseadvisor.catalog;

import static org.impasseadvisor.engine.Conditions.all;
import static org.impasseadvisor.engine.Conditions.hasRootCause;
import static org.impasseadvisor.engine.Conditions.hasRupture;
import static org.impasseadvisor.engine.Conditions.isTrue;

import java.util.List;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.Signals;
import org.impasseadvisor.engine.Strategy;

/**
 * "Encourage Client Growth Through Impasses": invite the client to voice what is not being met; the
 * therapy deepens, or the client moves on with the door left open to return; and when a client does
 * return, the goals are agreed afresh.
 */
final class ClientGrowth {

    private static final String ORIGIN = SeedSection.CLIENT_GROWTH.heading();

    static final Strategy VOICE_UNMET_NEEDS = new Strategy(
            "invite-client-to-voice-unmet-needs",
            "Invite the client to voice unmet needs",
            "Treat the impasse as a chance to grow: encourage the client to clarify and express what the"
                    + " therapy is not giving them.",
            List.of(
                    "Say that the impasse may mean something the client needs is not being met.",
                    "Invite the client to put those needs into words, and listen without defending.",
                    "Decide together whether the therapy can deepen to meet them.",
                    "If it cannot, support the client in choosing the path that serves them best."),
            List.of("Keep the client's growth first, ahead of keeping the therapy going."),
            ORIGIN,
            List.of(Sources.FLUCKIGER_2018, Sources.EUBANKS_BURCKELL_GOLDFRIED_2018));

    static final Strategy ETHICAL_TRANSITION = new Strategy(
            "ethical-transition-door-open",
            "End or transition ethically, with the door open to return",
            "When the client is no longer likely to benefit here, help them move to a therapist or therapy that"
                    + " serves them better, and make clear they can come back.",
            List.of(
                    "Discuss openly that a different therapist or therapy may serve the client better.",
                    "Offer pre-termination counselling and suggest other providers.",
                    "Plan the ending or handover together, with continuity of care.",
                    "Tell the client plainly that the door stays open if they want to return."),
            List.of("Withheld while suicide risk is moderate, high or imminent or PHQ-9 item 9 is positive: keep"
                    + " care continuous and the safety plan current first.",
                    "Ending because the therapist does not feel safe is a different matter, planned with"
                            + " supervision (withheld here then)."),
            ORIGIN,
            List.of(Sources.APA_10_10));

    static final Strategy RECONTRACT_RETURNING_CLIENT = new Strategy(
            "recontract-with-returning-client",
            "Welcome a returning client: name what changed and agree the goals afresh",
            "When a client who left over an impasse comes back, name what has changed for both of you and agree"
                    + " on goals and ways of working as a new contract.",
            List.of(
                    "Welcome the client back and acknowledge the impasse that ended the earlier work, without blame.",
                    "Ask what has changed since: progress made elsewhere, what they want to work on now, and why"
                            + " now.",
                    "Name what has changed on your side too: your approach, or what you can now offer.",
                    "Agree on goals and ways of working afresh, as a new contract rather than a continuation.",
                    "Assess risk and take baseline measures again, as at any new start."),
            List.of("Practitioner experience: the article describes one such return; re-contracting has not been"
                    + " studied as a named technique.",
                    "Do not assume the old goals still hold, or that the old impasse has gone."),
            ORIGIN,
            List.of(SeedSection.CLIENT_GROWTH.practice(), Sources.FLUCKIGER_2018));

    private ClientGrowth() {
    }

    static void addTo(Catalog.Builder catalog) {
        String voice = VOICE_UNMET_NEEDS.id();
        catalog.rule(Rule.score("unmet-needs-voice-them", voice, 3.0, hasRootCause(RootCause.UNMET_NEEDS),
                "In the article's practice, unmet needs that are voiced can be met; unvoiced ones keep the"
                        + " therapy stuck.",
                SeedSection.CLIENT_GROWTH.practice(), Sources.FLUCKIGER_2018));
        catalog.rule(Rule.score("unmet-needs-with-withdrawal", voice, 0.5,
                all(hasRootCause(RootCause.UNMET_NEEDS), hasRupture(RuptureMarker.WITHDRAWAL)),
                "A withdrawing client may be holding back needs they have not said aloud.",
                Sources.EUBANKS_BURCKELL_GOLDFRIED_2018));

        catalog.rule(Rule.score("returning-client-recontract", RECONTRACT_RETURNING_CLIENT.id(), 3.0,
                isTrue(Signals.RETURNING),
                "The article's author describes a client who returned after leaving over an impasse, ready to"
                        + " work; agreeing the goals afresh rebuilds the alliance, which predicts outcome.",
                SeedSection.CLIENT_GROWTH.practice(), Sources.FLUCKIGER_2018));

        String transition = ETHICAL_TRANSITION.id();
        catalog.rule(Rule.score("unmet-needs-consider-transition", transition, 1.0,
                hasRootCause(RootCause.UNMET_NEEDS),
                "A client whose needs cannot be met here may be better served by a different therapist or"
                        + " therapy.",
                Sources.APA_10_10));
        catalog.rule(Rule.score("unmet-needs-not-on-track-transition", transition, 1.0,
                all(hasRootCause(RootCause.UNMET_NEEDS), ClinicalSignals.ORS_NOT_IMPROVING),
                "Unmet needs while outcome scores are flat or falling suggest the client is not likely to"
                        + " benefit from continuing as is.",
                Sources.APA_10_10));
        SafetyGates.withhold(catalog, transition, SafetyGates.Hazard.ENDING);
    }
}
