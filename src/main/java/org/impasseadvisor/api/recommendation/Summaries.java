package org.impasseadvisor.api.recommendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.All;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Condition;
import org.impasseadvisor.engine.NearMiss;
import org.impasseadvisor.engine.Observation;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Recommendation;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.RuleKind;
import org.impasseadvisor.engine.Strategy;
import org.impasseadvisor.engine.Trace;
import org.impasseadvisor.engine.Withheld;

/**
 * The clinician's reading of an explained answer ({@code ?explain=summary}): for each returned and each
 * withheld strategy, why in words, and what would also apply if one more thing were so. Built from the
 * full trace, only when asked for.
 */
final class Summaries {

    static final String RETURNED = "RETURNED";
    static final String WITHHELD = "WITHHELD";

    private final Map<String, Rule> scoreRules = new HashMap<>();

    Summaries(Catalog catalog) {
        for (Rule rule : catalog.rules()) {
            if (rule.kind() == RuleKind.SCORE) {
                scoreRules.put(rule.id(), rule);
            }
        }
    }

    /** The summary of an answer explained with its trace. */
    List<StrategySummaryView> of(Recommendation answer) {
        Trace trace = answer.trace().orElseThrow(
                () -> new IllegalArgumentException("a summary is built from an answer explained with its trace"));
        List<StrategySummaryView> summary = new ArrayList<>(answer.strategies().size() + answer.withheld().size());
        for (RankedStrategy ranked : answer.strategies()) {
            List<String> because = new ArrayList<>();
            if (ranked.pinned()) {
                answer.alerts().stream().filter(alert -> alert.strategyId().equals(ranked.strategy().id()))
                        .findFirst().ifPresent(alert -> because.add(pinnedBy(alert)));
            }
            ranked.reasons().forEach(rule -> because.add(rule.rationale()));
            summary.add(new StrategySummaryView(ranked.strategy().id(), ranked.strategy().title(), RETURNED,
                    ranked.rank(), List.copyOf(because), null, nearMisses(ranked.strategy(), trace)));
        }
        for (Withheld withheld : answer.withheld()) {
            List<String> because = trace.rules().stream()
                    .filter(rule -> rule.fired() && rule.strategyId().equals(withheld.strategy().id()))
                    .map(rule -> scoreRules.get(rule.ruleId()))
                    .filter(rule -> rule != null)
                    .map(Rule::rationale)
                    .toList();
            // No near misses for a withheld strategy: what else would favour it matters less than why it waits.
            summary.add(new StrategySummaryView(withheld.strategy().id(), withheld.strategy().title(), WITHHELD,
                    null, because, withheld.gate().rationale(), List.of()));
        }
        return List.copyOf(summary);
    }

    private static String pinnedBy(AlertRule alert) {
        return "Pinned first by the " + alert.severity() + " alert " + alert.code() + ": " + alert.message();
    }

    private List<String> nearMisses(Strategy strategy, Trace trace) {
        List<String> wouldAlsoApply = new ArrayList<>();
        for (NearMiss miss : trace.nearMisses()) {
            Rule rule = scoreRules.get(miss.ruleId());
            if (rule == null || !miss.strategyId().equals(strategy.id())) {
                continue;
            }
            Condition missed = ((All) rule.condition()).parts().stream()
                    .filter(part -> part.text().equals(miss.failedCondition())).findFirst().orElseThrow();
            boolean notRecorded = miss.observations().stream()
                    .anyMatch(seen -> Observation.MISSING.equals(seen.observed()));
            wouldAlsoApply.add("Would also apply if " + ConditionWords.of(missed)
                    + (notRecorded ? " (not recorded)" : "") + ": " + rule.rationale());
        }
        return List.copyOf(wouldAlsoApply);
    }
}
