package org.impasseadvisor.catalog;

import static org.impasseadvisor.engine.Conditions.all;
import static org.impasseadvisor.engine.Conditions.atLeast;
import static org.impasseadvisor.engine.Conditions.hasConcern;
import static org.impasseadvisor.engine.Conditions.hasRootCause;

import java.util.List;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Condition;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.Signals;
import org.impasseadvisor.engine.Strategy;

/**
 * "Revisit Goals and Foster Collaborative Alliance": revisit the goals together and, from the
 * article author's practice, try a third-party perspective.
 */
final class GoalsAndAlliance {

    private static final String ORIGIN = SeedSection.GOALS_AND_ALLIANCE.heading();

    static final Strategy REVISIT_GOALS = new Strategy(
            "revisit-goals-collaboratively",
            "Revisit the goals and rebuild a collaborative alliance",
            "When progress stalls, go back to the therapy's goals with the client and agree on them again, as"
                    + " partners.",
            List.of(
                    "Review the original goals together: are they still the client's goals?",
                    "Ask what progress would look like to the client now.",
                    "Explore any ambivalence about the goals with reflections, validating both sides.",
                    "Agree on revised goals and the tasks that serve them.",
                    "Check agreement on goals and tasks at the end of each session."),
            List.of("Goals the therapist sets alone rebuild the impasse."),
            ORIGIN,
            List.of(Sources.FLUCKIGER_2018, Sources.MI_OARS));

    static final Strategy THIRD_PARTY_PERSPECTIVE = new Strategy(
            "third-party-perspective",
            "Invite a third-party perspective",
            "Ask the client to look at their situation as an outsider would, to loosen a stuck point of view.",
            List.of(
                    "Invite the client to describe the situation as an outside observer would see it.",
                    "Ask what that observer would notice, and what they would advise.",
                    "Explore together what the new perspective shows."),
            List.of("This technique comes from the article author's practice; it has not been tested as a named"
                    + " technique. Present it as practitioner experience."),
            ORIGIN,
            List.of(SeedSection.GOALS_AND_ALLIANCE.practice()));

    private static final Condition STALLED = hasRootCause(RootCause.STALLED_PROGRESS);

    private GoalsAndAlliance() {
    }

    static void addTo(Catalog.Builder catalog) {
        String goals = REVISIT_GOALS.id();
        catalog.rule(Rule.score("stalled-progress-revisit-goals", goals, 2.5, STALLED,
                "When progress stops, agreement on goals is the first thing to check; the alliance predicts"
                        + " outcome.",
                Sources.FLUCKIGER_2018));
        catalog.rule(Rule.score("ambivalence-revisit-goals", goals, 1.0, hasRootCause(RootCause.AMBIVALENCE),
                "Ambivalence about change is often ambivalence about the goals themselves.",
                Sources.MI_OARS));
        catalog.rule(Rule.score("stalled-low-srs-revisit-goals", goals, 0.5,
                all(STALLED, ClinicalSignals.SRS_ALLIANCE_CONCERN),
                "A low SRS alongside stalled progress points to disagreement on goals or tasks.",
                Sources.PCOMS_CUTOFFS));
        catalog.rule(Rule.score("stalled-not-on-track-revisit-goals", goals, 0.5,
                all(STALLED, ClinicalSignals.ORS_NOT_IMPROVING),
                "Outcome scores confirm the client is not on track.",
                Sources.LAMBERT_2018));

        String thirdParty = THIRD_PARTY_PERSPECTIVE.id();
        catalog.rule(Rule.score("stalled-anxiety-third-party-perspective", thirdParty, 1.5,
                all(STALLED, hasConcern(Concern.ANXIETY)),
                "In the article author's practice, a third-party perspective broke a stall in work on anxiety."
                        + " This is practitioner experience, not tested evidence.",
                SeedSection.GOALS_AND_ALLIANCE.practice()));
        catalog.rule(Rule.score("stalled-gad7-third-party-perspective", thirdParty, 0.5,
                all(STALLED, atLeast(Signals.GAD7_TOTAL, 10)),
                "A GAD-7 of 10 or more marks the anxiety for which the author used this technique; practitioner"
                        + " experience only.",
                SeedSection.GOALS_AND_ALLIANCE.practice()));
    }
}
