package org.impasseadvisor.api.catalog;

import java.util.List;
import org.impasseadvisor.engine.Strategy;

/**
 * A strategy of the catalog, with the rules that score or withhold it and the alerts that pin it.
 */
public record StrategyView(
        String id,
        String title,
        String summary,
        List<String> steps,
        List<String> cautions,
        String origin,
        List<ReferenceView> references,
        List<RuleView> rules,
        List<AlertRuleView> alerts) {

    static StrategyView of(Strategy s, List<RuleView> rules, List<AlertRuleView> alerts) {
        return new StrategyView(s.id(), s.title(), s.summary(), s.steps(), s.cautions(), s.origin(),
                ReferenceView.of(s.references()), rules, alerts);
    }
}
