package org.impasseadvisor.api.recommendation;

import java.util.List;
import org.impasseadvisor.api.catalog.ReferenceView;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Strategy;

/**
 * A ranked strategy with everything a clinician needs to act on it and to see why it is there. What this answer
 * decides (rank, score, pin) comes first, then the strategy's own texts, then the reasons: the order in which
 * {@link RecommendedStrategySerializer} writes them around the texts it copies.
 */
public record RecommendedStrategyView(
        int rank,
        double score,
        boolean pinned,
        String id,
        String title,
        String summary,
        List<String> steps,
        List<String> cautions,
        List<ReferenceView> references,
        String origin,
        List<ReasonView> reasons) {

    /** @param references the strategy's references, mapped */
    static RecommendedStrategyView of(RankedStrategy ranked, List<ReferenceView> references) {
        Strategy s = ranked.strategy();
        return new RecommendedStrategyView(ranked.rank(), ranked.score(), ranked.pinned(), s.id(), s.title(),
                s.summary(), s.steps(), s.cautions(), references, s.origin(),
                ranked.reasons().stream().map(ReasonView::of).toList());
    }
}
