package org.impasseadvisor.api.recommendation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impasseadvisor.api.catalog.CatalogRef;
import org.impasseadvisor.api.catalog.ReferenceView;
import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.RuleKind;
import org.impasseadvisor.engine.Strategy;
import org.impasseadvisor.engine.Withheld;

/**
 * The JSON of every part of an answer that the catalog fixes, encoded once by Jackson itself: the catalog
 * reference, each alert, reason and withheld strategy whole, and each strategy's own texts. The catalog never
 * changes while the service runs, so an answer can copy these bytes instead of escaping the same text again.
 */
final class CatalogJson {

    private final Map<Object, SerializableString> views;
    private final Map<String, StrategyTexts> strategies;

    /**
     * A strategy and the JSON of its own texts. Found by id, then compared text by text: hashing a whole view's
     * lists for every answer would cost more, and each text is the catalog's own object, so each comparison
     * ends at the reference check.
     */
    private record StrategyTexts(Strategy strategy, List<ReferenceView> references, SerializableString json) {

        boolean shownBy(RecommendedStrategyView view) {
            return strategy.title().equals(view.title()) && strategy.summary().equals(view.summary())
                    && strategy.steps().equals(view.steps()) && strategy.cautions().equals(view.cautions())
                    && references.equals(view.references()) && strategy.origin().equals(view.origin());
        }
    }

    private CatalogJson(Map<Object, SerializableString> views, Map<String, StrategyTexts> strategies) {
        this.views = Map.copyOf(views);
        this.strategies = Map.copyOf(strategies);
    }

    /** @param plain a mapper configured as the service's, without the serializers that read this JSON */
    static CatalogJson encode(Catalog catalog, ObjectMapper plain) {
        List<Object> whole = new ArrayList<>();
        whole.add(CatalogRef.of(catalog));
        for (AlertRule alert : catalog.alerts()) {
            whole.add(AlertView.of(alert));
        }
        for (Rule rule : catalog.rules()) {
            // A withheld view shows the gate's strategy and reason, never the score it would have had.
            whole.add(rule.kind() == RuleKind.SCORE ? ReasonView.of(rule)
                    : WithheldView.of(new Withheld(catalog.strategy(rule.strategyId()).orElseThrow(), rule, 0)));
        }
        Map<Object, SerializableString> views = new HashMap<>();
        Map<String, StrategyTexts> strategies = new HashMap<>();
        try {
            for (Object view : whole) {
                views.put(view, new SerializedString(plain.writeValueAsString(view)));
            }
            for (Strategy strategy : catalog.strategies()) {
                RecommendedStrategyView recommended = RecommendedStrategyView.of(
                        new RankedStrategy(1, strategy, 0, false, List.of()), ReferenceView.of(strategy.references()));
                strategies.put(strategy.id(), new StrategyTexts(strategy, recommended.references(),
                        new SerializedString(RecommendedStrategySerializer.texts(recommended, plain))));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the catalog's views are plain records that Jackson always writes", e);
        }
        return new CatalogJson(views, strategies);
    }

    /** The JSON of a view equal to one the catalog fixes whole, or null for any other value. */
    SerializableString view(Object view) {
        return views.get(view);
    }

    /** The JSON of the texts a recommended strategy shows, or null when they are not all its catalog strategy's. */
    SerializableString strategyTexts(RecommendedStrategyView view) {
        StrategyTexts texts = strategies.get(view.id());
        return texts != null && texts.shownBy(view) ? texts.json() : null;
    }
}
