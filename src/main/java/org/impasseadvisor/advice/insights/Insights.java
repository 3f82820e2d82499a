package org.impasseadvisor.advice.insights;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impasseadvisor.advice.StoreSchema;
import org.impasseadvisor.advice.StoreUnavailableException;
import org.impasseadvisor.advice.feedback.Outcome;
import org.impasseadvisor.advice.feedback.OverrideReason;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.Strategy;
import org.impasseadvisor.records.RecordCounts;

/**
 * How each strategy of the catalog fared, from the record store's counts in one consistent read: every
 * strategy, zeros included, so curators see what is never recommended.
 */
@ApplicationScoped
public class Insights {

    private static final int TOP_REASONS = 3;

    private final List<Strategy> strategies;
    private final StoreSchema schema;
    private final RecordCounts counts;

    public Insights(Engine engine, StoreSchema schema, RecordCounts counts) {
        this.strategies = engine.catalog().strategies();
        this.schema = schema;
        this.counts = counts;
    }

    /** @throws StoreUnavailableException when the database cannot be used */
    public List<StrategyInsight> strategies(InsightsQuery query) {
        schema.ensureCurrent();
        RecordCounts.Tally tally;
        try {
            tally = counts.count(query.from(), query.to(), query.rootCause());
        } catch (RuntimeException e) {
            throw new StoreUnavailableException(e);
        }
        Map<String, Map<Outcome, Long>> outcomes = new HashMap<>();
        for (RecordCounts.FeedbackCount count : tally.byOutcome()) {
            outcomes.computeIfAbsent(count.strategyId(), k -> new EnumMap<>(Outcome.class))
                    .put(Outcome.valueOf(count.outcome()), count.recommendations());
        }
        Map<String, List<StrategyInsight.ReasonCount>> reasons = new HashMap<>();
        for (RecordCounts.FeedbackCount count : tally.byReason()) {
            if (Outcome.valueOf(count.outcome()) == Outcome.OVERRIDDEN) {
                reasons.computeIfAbsent(count.strategyId(), k -> new ArrayList<>()).add(new StrategyInsight.ReasonCount(
                        OverrideReason.valueOf(count.reason()), count.recommendations()));
            }
        }
        List<StrategyInsight> insights = new ArrayList<>(strategies.size());
        for (Strategy strategy : strategies) {
            Map<Outcome, Long> byOutcome = outcomes.getOrDefault(strategy.id(), Map.of());
            long accepted = byOutcome.getOrDefault(Outcome.ACCEPTED, 0L);
            long overridden = byOutcome.getOrDefault(Outcome.OVERRIDDEN, 0L);
            long resolved = byOutcome.getOrDefault(Outcome.RESOLVED, 0L);
            long notResolved = byOutcome.getOrDefault(Outcome.NOT_RESOLVED, 0L);
            List<StrategyInsight.ReasonCount> top = reasons.getOrDefault(strategy.id(), List.of()).stream()
                    .sorted(Comparator.comparingLong(StrategyInsight.ReasonCount::count).reversed()
                            .thenComparing(StrategyInsight.ReasonCount::reason))
                    .limit(TOP_REASONS)
                    .toList();
            insights.add(new StrategyInsight(strategy.id(), strategy.title(),
                    tally.recommended().getOrDefault(strategy.id(), 0L), accepted, overridden, resolved, notResolved,
                    rate(accepted, overridden), rate(resolved, notResolved), top));
        }
        return insights;
    }

    private static Double rate(long yes, long no) {
        return yes + no == 0 ? null : (double) yes / (yes + no);
    }
}
