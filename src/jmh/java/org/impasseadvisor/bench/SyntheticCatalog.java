package org.impasseadvisor.bench;

import static org.impasseadvisor.engine.Conditions.all;
import static org.impasseadvisor.engine.Conditions.any;
import static org.impasseadvisor.engine.Conditions.atLeast;
import static org.impasseadvisor.engine.Conditions.below;
import static org.impasseadvisor.engine.Conditions.hasConcern;
import static org.impasseadvisor.engine.Conditions.hasRootCause;
import static org.impasseadvisor.engine.Conditions.hasRupture;
import static org.impasseadvisor.engine.Conditions.isOneOf;
import static org.impasseadvisor.engine.Conditions.not;
import static org.impasseadvisor.engine.Conditions.trainedIn;

import java.util.List;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.Readiness;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.descriptor.Training;
import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Condition;
import org.impasseadvisor.engine.Evidence;
import org.impasseadvisor.engine.Reference;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.Severity;
import org.impasseadvisor.engine.Signals;
import org.impasseadvisor.engine.Strategy;

/**
 * A generated catalog of any size, shaped like the shipped one: four rules per strategy, conditions
 * on a root cause alone or with a concern, readiness, progress, training or the alliance, a gate
 * every tenth rule and one suicide-risk alert.
 */
final class SyntheticCatalog {

    private static final Reference SOURCE = new Reference("A synthetic source", null, Evidence.VERIFIED);
    private static final RootCause[] CAUSES = RootCause.values();
    private static final Concern[] CONCERNS = Concern.values();
    private static final Training[] TRAININGS = Training.values();
    private static final RuptureMarker[] MARKERS = RuptureMarker.values();

    private SyntheticCatalog() {
    }

    static Catalog withRules(int ruleCount) {
        int strategyCount = Math.max(1, ruleCount / 4);
        Catalog.Builder catalog = Catalog.builder("1.0.0");
        for (int s = 0; s < strategyCount; s++) {
            catalog.strategy(new Strategy("strategy-" + s, "Strategy " + s, "Summary of strategy " + s + ".",
                    List.of("First step of strategy " + s + ".", "Second step of strategy " + s + "."),
                    List.of("A caution for strategy " + s + "."), "evidence", List.of(SOURCE)));
        }
        catalog.alert(new AlertRule("alert-suicide-risk", Severity.CRITICAL, "SUICIDE_RISK", "Suicide risk is raised.",
                isOneOf(Signals.SUICIDE_RISK, SuicideRisk.HIGH, SuicideRisk.IMMINENT), "strategy-0", List.of(SOURCE)));
        for (int r = 0; r < ruleCount; r++) {
            int strategy = r % strategyCount;
            String id = "rule-" + r;
            // The first rule of every strategy scores, so every strategy is reachable; no gate on the pinned one.
            if (r >= strategyCount && r % 10 == 9 && strategy != 0) {
                catalog.rule(Rule.gate(id, "strategy-" + strategy, condition(r), "Rationale of " + id + ".", SOURCE));
            } else {
                catalog.rule(Rule.score(id, "strategy-" + strategy, 1 + r % 3 * 0.5, condition(r),
                        "Rationale of " + id + "."));
            }
        }
        return catalog.build();
    }

    private static Condition condition(int r) {
        Condition cause = hasRootCause(CAUSES[r % CAUSES.length]);
        return switch (r % 5) {
            case 0 -> cause;
            case 1 -> all(cause, hasConcern(CONCERNS[r % CONCERNS.length]));
            case 2 -> all(cause, isOneOf(Signals.READINESS, Readiness.PRECONTEMPLATION, Readiness.CONTEMPLATION));
            case 3 -> all(cause, atLeast(Signals.WEEKS_WITHOUT_PROGRESS, r % 12),
                    not(trainedIn(TRAININGS[r % TRAININGS.length])));
            default -> any(cause, all(below(Signals.SRS_TOTAL, 36), hasRupture(MARKERS[r % MARKERS.length])));
        };
    }
}
