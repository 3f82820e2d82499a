package org.impasseadvisor.api.insights;

import java.time.Instant;
import java.util.List;
import org.impasseadvisor.advice.insights.StrategyInsight;
import org.impasseadvisor.descriptor.RootCause;

/** Insights for every strategy of the catalog, with the filters that were applied (absent ones omitted). */
public record InsightsView(Instant from, Instant to, RootCause rootCause, List<StrategyInsight> strategies) {
}
