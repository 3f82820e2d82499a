package org.impasseadvisor.api.recommendation;

import org.impasseadvisor.advice.Advice;
import org.impasseadvisor.api.catalog.CatalogRef;
import org.impasseadvisor.engine.Recommendation;

/** Maps the engine's answer to the JSON contract. */
final class RecommendationViews {

    static final String NOTHING_MATCHED = "No strategy in the catalog matches this descriptor. "
            + "Add what else is known (concerns, client, alliance, progress, measures) or see the catalog "
            + "for the root causes each strategy addresses.";

    private RecommendationViews() {
    }

    /** The answer with its trace when the engine explained it, and without a summary. */
    static RecommendationView of(Advice advice) {
        return of(advice, null, true);
    }

    /** @param summaries the summary's builder when one was asked for, else null */
    static RecommendationView of(Advice advice, Summaries summaries, boolean withTrace) {
        Recommendation r = advice.recommendation();
        return new RecommendationView(
                advice.recommendationId(),
                new CatalogRef(r.catalogVersion(), r.catalogHash()),
                r.alerts().stream().map(AlertView::of).toList(),
                r.strategies().stream().map(RecommendedStrategyView::of).toList(),
                r.withheld().stream().map(WithheldView::of).toList(),
                r.strategies().isEmpty() ? NOTHING_MATCHED : null,
                summaries == null ? null : summaries.of(r),
                withTrace ? r.trace().orElse(null) : null);
    }
}
