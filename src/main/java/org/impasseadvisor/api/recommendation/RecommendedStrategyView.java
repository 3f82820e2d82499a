package org.impasseadvisor.api.recommendation;

import java.util.List;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Reference;
import org.impasseadvisor.engine.Strategy;

/** A ranked strategy with everything a clinician needs to act on it and to see why it is there. */
public record RecommendedStrategyView(
        int rank,
        String id,
        String title,
        String summary,
        double score,
        boolean pinned,
        List<String> steps,
        List<String> cautions,
        List<Reference> references,
        String origin,
        List<ReasonView> reasons) {

    static RecommendedStrategyView of(RankedStrategy ranked) {
        Strategy s = ranked.strategy();
        return new RecommendedStrategyView(ranked.rank(), s.id(), s.title(), s.summary(), ranked.score(),
                ranked.pinned(), s.steps(), s.cautions(), s.references(), s.origin(),
                ranked.reasons().stream().map(ReasonView::of).toList());
    }
}
