package org.impasseadvisor.catalog;

import static org.impasseadvisor.engine.Conditions.all;
import static org.impasseadvisor.engine.Conditions.hasRootCause;
import static org.impasseadvisor.engine.Conditions.hasRupture;

import java.util.List;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.Strategy;

/**
 * "Build Trust and Set Therapy Boundaries": explain the approach and its boundaries; when the client
 * still does not align, agree on the best way forward, such as a referral or a transfer of notes.
 */
final class TrustAndBoundaries {

    private static final String ORIGIN = SeedSection.TRUST_AND_BOUNDARIES.heading();

    static final Strategy EXPLAIN_APPROACH = new Strategy(
            "explain-approach-and-set-boundaries",
            "Explain your approach and set clear boundaries",
            "Build trust by making the way you work, and its limits, explicit to the client.",
            List.of(
                    "Explain your therapy approach in plain words: what you will do, and why.",
                    "Set clear boundaries: session times, contact between sessions, confidentiality and its limits.",
                    "Ask how the approach fits the client's expectations and where it does not.",
                    "Leave ego aside: adapt what can be adapted and say plainly what cannot."),
            List.of("Boundaries set in reaction to a conflict can feel punitive; frame them as what keeps the work"
                    + " safe."),
            ORIGIN,
            List.of(Sources.FLUCKIGER_2018));

    static final Strategy REFERRAL_OR_TRANSFER = new Strategy(
            "discuss-referral-or-transfer-of-notes",
            "Agree on the way forward: referral or transfer of notes",
            "When the client does not align with your approach, decide together on the best way forward,"
                    + " such as a referral or a transfer of notes.",
            List.of(
                    "Acknowledge the misalignment openly, without blame.",
                    "Discuss the options with the client: a different approach, a referral, or a transfer of notes.",
                    "Transfer notes only with the client's written consent.",
                    "Keep care continuous until the new clinician takes over."),
            List.of("Notes go to another clinician only with the client's consent.",
                    "Withheld while suicide risk is moderate, high or imminent, PHQ-9 item 9 is positive or the"
                            + " therapist does not feel safe: keep care continuous first."),
            ORIGIN,
            List.of(Sources.APA_10_10, Sources.FLUCKIGER_2018));

    private TrustAndBoundaries() {
    }

    static void addTo(Catalog.Builder catalog) {
        String explain = EXPLAIN_APPROACH.id();
        catalog.rule(Rule.score("misalignment-explain-approach", explain, 2.5,
                hasRootCause(RootCause.APPROACH_MISALIGNMENT),
                "A client who does not align with the approach may not yet understand it; trust grows when the"
                        + " approach and its boundaries are explicit.",
                Sources.FLUCKIGER_2018));
        catalog.rule(Rule.score("power-struggle-set-boundaries", explain, 1.0,
                hasRootCause(RootCause.POWER_STRUGGLE),
                "In the article's practice, a contest over the direction of therapy settles once the approach"
                        + " and its boundaries are stated clearly.",
                SeedSection.TRUST_AND_BOUNDARIES.practice()));

        String transfer = REFERRAL_OR_TRANSFER.id();
        catalog.rule(Rule.score("misalignment-referral-or-transfer", transfer, 1.5,
                hasRootCause(RootCause.APPROACH_MISALIGNMENT),
                "If the client still does not align after the approach is explained, the article's author agrees"
                        + " on a referral or transfer of notes.",
                SeedSection.TRUST_AND_BOUNDARIES.practice()));
        catalog.rule(Rule.score("misalignment-with-confrontation-transfer", transfer, 0.5,
                all(hasRootCause(RootCause.APPROACH_MISALIGNMENT), hasRupture(RuptureMarker.CONFRONTATION)),
                "When the client openly confronts the approach, the article's author discusses whether another"
                        + " clinician would serve them better.",
                SeedSection.TRUST_AND_BOUNDARIES.practice()));
        SafetyGates.withhold(catalog, transfer, SafetyGates.Hazard.ENDING);
    }
}
