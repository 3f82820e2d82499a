package org.impasseadvisor.api.recommendation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impasseadvisor.advice.Advice;
import org.impasseadvisor.api.catalog.CatalogRef;
import org.impasseadvisor.api.catalog.ReferenceView;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Recommendation;
import org.impasseadvisor.engine.Strategy;

/**
 * Maps the engine's answer to the API's views. Made once per catalog: each strategy's references are mapped
 * once, not in every answer.
 */
final class RecommendationViews {

    static final String NOTHING_MATCHED = "No strategy in the catalog matches this descriptor. "
            + "Add what else is known (concerns, client, alliance, progress, measures) or see the catalog "
            + "for the root causes each strategy addresses.";

    private final Map<String, List<ReferenceView>> references = new HashMap<>();

    RecommendationViews(Catalog catalog) {
        for (Strategy strategy : catalog.strategies()) {
            references.put(strategy.id(), ReferenceView.of(strategy.references()));
        }
    }

    /** @param summaries the summary's builder when one was asked for, else null */
    RecommendationView of(Advice advice, Summaries summaries, boolean withTrace) {
        Recommendation r = advice.recommendation();
        return new RecommendationView(
                advice.recommendationId(),
                new CatalogRef(r.catalogVersion(), r.catalogHash()),
                r.alerts().stream().map(AlertView::of).toList(),
                r.strategies().stream().map(this::strategy).toList(),
                r.withheld().stream().map(WithheldView::of).toList(),
                r.strategies().isEmpty() ? NOTHING_MATCHED : null,
                summaries == null ? null : summaries.of(r),
                withTrace ? r.trace().map(TraceView::of).orElse(null) : null);
    }

    RecommendedStrategyView strategy(RankedStrategy ranked) {
        return RecommendedStrategyView.of(ranked, references.get(ranked.strategy().id()));
    }
}
