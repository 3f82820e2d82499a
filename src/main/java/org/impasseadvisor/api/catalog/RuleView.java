package org.impasseadvisor.api.catalog;

import java.util.List;
import org.impasseadvisor.engine.Reference;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.RuleKind;

/** A rule as data: the condition as canonical text. */
public record RuleView(String id, String strategyId, RuleKind kind, double weight, String condition,
        String rationale, List<Reference> references) {

    static RuleView of(Rule rule) {
        return new RuleView(rule.id(), rule.strategyId(), rule.kind(), rule.weight(), rule.condition().text(),
                rule.rationale(), rule.references());
    }
}
