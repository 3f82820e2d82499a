package org.impasseadvisor.advice.feedback;

import java.util.Set;
import java.util.UUID;

/** Feedback names a strategy that the recommendation did not return. */
public class StrategyNotRecommendedException extends RuntimeException {

    private final transient Set<String> returned;

    public StrategyNotRecommendedException(UUID recommendationId, String strategyId, Set<String> returned) {
        super("recommendation " + recommendationId + " did not return strategy " + strategyId, null, false, false);
        this.returned = Set.copyOf(returned);
    }

    public Set<String> returned() {
        return returned;
    }
}
