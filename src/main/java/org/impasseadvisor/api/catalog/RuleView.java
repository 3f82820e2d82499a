package org.impasseadvisor.api.catalog;

import java.util.List;
import org.impasseadvisor.engine.Rule;

/**
 * A rule as data: the condition as canonical text.
 *
 * @param kind SCORE or GATE
 */
public record RuleView(String id, String strategyId, String kind, double weight, String condition,
        String rationale, List<ReferenceView> references) {

    static RuleView of(Rule rule) {
        return new RuleView(rule.id(), rule.strategyId(), rule.kind().name(), rule.weight(), rule.condition().text(),
                rule.rationale(), ReferenceView.of(rule.references()));
    }
}
