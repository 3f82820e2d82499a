package org.impasseadvisor.api.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.impasseadvisor.descriptor.Vocabulary;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Engine;

/** The catalog's views, built once: the catalog is immutable, so they never change while the service runs. */
@ApplicationScoped
public class CatalogViews {

    private final CatalogView catalog;
    private final StrategyListView strategies;
    private final Map<String, StrategyView> strategiesById;

    public CatalogViews(Engine engine) {
        Catalog source = engine.catalog();
        List<RuleView> rules = source.rules().stream().map(RuleView::of).toList();
        List<AlertRuleView> alerts = source.alerts().stream().map(AlertRuleView::of).toList();
        Map<String, StrategyView> byId = new LinkedHashMap<>();
        source.strategies().forEach(s -> byId.put(s.id(), StrategyView.of(s,
                rules.stream().filter(r -> r.strategyId().equals(s.id())).toList(),
                alerts.stream().filter(a -> a.strategyId().equals(s.id())).toList())));
        Map<String, List<TermView>> vocabulary = new LinkedHashMap<>();
        Vocabulary.fields().forEach((field, type) ->
                vocabulary.put(field, Vocabulary.values(type).stream().map(TermView::of).toList()));
        List<StrategyView> all = List.copyOf(byId.values());
        this.strategiesById = Map.copyOf(byId);
        this.strategies = new StrategyListView(CatalogRef.of(source), all);
        this.catalog = new CatalogView(source.version(), source.hash(), vocabulary, all, alerts, rules);
    }

    public CatalogView catalog() {
        return catalog;
    }

    public StrategyListView strategies() {
        return strategies;
    }

    public Optional<StrategyView> strategy(String id) {
        return Optional.ofNullable(strategiesById.get(id));
    }
}
