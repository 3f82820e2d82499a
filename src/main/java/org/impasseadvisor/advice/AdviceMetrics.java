package org.impasseadvisor.advice;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Recommendation;
import org.impasseadvisor.engine.Strategy;

/**
 * Counters and the evaluation timer of the recommendation path. Every meter is registered once at start,
 * one per root cause and one per catalog strategy, so a request only increments: no registry look-up,
 * no tag building. Labels come from closed sets (the root-cause enum, the catalog's strategy ids), never
 * from what a caller sent.
 */
@ApplicationScoped
public class AdviceMetrics {

    private final Counter[] byRootCause;
    private final Map<String, Counter> byStrategy;
    private final Timer evaluation;

    public AdviceMetrics(MeterRegistry registry, Engine engine) {
        RootCause[] causes = RootCause.values();
        this.byRootCause = new Counter[causes.length];
        for (RootCause cause : causes) {
            byRootCause[cause.ordinal()] = Counter.builder("impasse.recommendations")
                    .description("Recommendations answered, by each root cause named in the descriptor")
                    .tag("root_cause", cause.name()).register(registry);
        }
        Map<String, Counter> strategies = new HashMap<>();
        for (Strategy strategy : engine.catalog().strategies()) {
            strategies.put(strategy.id(), Counter.builder("impasse.strategies.recommended")
                    .description("Times each strategy was returned in a recommendation")
                    .tag("strategy", strategy.id()).register(registry));
        }
        this.byStrategy = Map.copyOf(strategies);
        this.evaluation = Timer.builder("impasse.engine.evaluation")
                .description("Time the engine takes to evaluate one descriptor").register(registry);
    }

    /** Records one answered recommendation and how long its evaluation took. */
    void answered(Set<RootCause> rootCauses, Recommendation recommendation, long evaluationNanos) {
        evaluation.record(evaluationNanos, TimeUnit.NANOSECONDS);
        for (RootCause cause : rootCauses) {
            byRootCause[cause.ordinal()].increment();
        }
        for (RankedStrategy ranked : recommendation.strategies()) {
            Counter counter = byStrategy.get(ranked.strategy().id());
            if (counter != null) {
                counter.increment();
            }
        }
    }
}
