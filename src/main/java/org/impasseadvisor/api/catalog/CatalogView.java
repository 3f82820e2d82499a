package org.impasseadvisor.api.catalog;

import java.util.List;
import java.util.Map;

/**
 * The whole catalog as data: the vocabulary a client builds its form from, and every strategy,
 * alert and rule.
 *
 * @param vocabulary descriptor field path → its values, each with a label and a description
 */
public record CatalogView(
        String version,
        String hash,
        Map<String, List<TermView>> vocabulary,
        List<StrategyView> strategies,
        List<AlertRuleView> alerts,
        List<RuleView> rules) {
}
