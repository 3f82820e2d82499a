package org.impasseadvisor.api.recommendation;

import org.impasseadvisor.engine.Rule;

/** A fired score rule: why a strategy was recommended. */
public record ReasonView(String ruleId, double weight, String rationale) {

    static ReasonView of(Rule rule) {
        return new ReasonView(rule.id(), rule.weight(), rule.rationale());
    }
}
