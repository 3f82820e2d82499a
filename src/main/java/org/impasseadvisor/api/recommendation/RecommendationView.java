package org.impasseadvisor.api.recommendation;

import java.util.List;
import java.util.UUID;
import org.impasseadvisor.api.catalog.CatalogRef;

/**
 * The answer to a recommendation request.
 *
 * @param note    present only when no strategy matched, saying so plainly
 * @param summary present only with {@code ?explain=summary} or {@code full}: each returned and withheld
 *                strategy, why, in words
 * @param trace   present only with {@code ?explain=full}
 */
public record RecommendationView(
        UUID recommendationId,
        CatalogRef catalog,
        List<AlertView> alerts,
        List<RecommendedStrategyView> strategies,
        List<WithheldView> withheld,
        String note,
        List<StrategySummaryView> summary,
        TraceView trace) {
}
