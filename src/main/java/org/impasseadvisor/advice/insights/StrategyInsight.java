package org.impasseadvisor.advice.insights;

import java.util.List;
import org.impasseadvisor.advice.feedback.OverrideReason;

/**
 * How one strategy fared. Outcome counts are numbers of recommendations with at least one feedback of
 * that outcome for the strategy, so a repeated report does not count twice.
 *
 * @param acceptanceRate accepted / (accepted + overridden), or null before any such feedback
 * @param resolutionRate resolved / (resolved + notResolved), or null before any such feedback
 */
public record StrategyInsight(
        String strategyId,
        String title,
        long recommended,
        long accepted,
        long overridden,
        long resolved,
        long notResolved,
        Double acceptanceRate,
        Double resolutionRate,
        List<ReasonCount> topOverrideReasons) {

    /** An override reason and how many recommendations gave it. */
    public record ReasonCount(OverrideReason reason, long count) {
    }
}
