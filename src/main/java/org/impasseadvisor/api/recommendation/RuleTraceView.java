package org.impasseadvisor.api.recommendation;

import java.util.List;
import org.impasseadvisor.engine.RuleTrace;

/**
 * How one rule or alert fared against the descriptor.
 *
 * @param kind   SCORE, GATE or ALERT
 * @param result TRUE, FALSE or UNKNOWN
 * @param fired  true when the result was TRUE
 */
public record RuleTraceView(String ruleId, String strategyId, String kind, double weight, String condition,
        String result, boolean fired, List<ObservationView> observations) {

    static RuleTraceView of(RuleTrace rule) {
        return new RuleTraceView(rule.ruleId(), rule.strategyId(), rule.kind(), rule.weight(), rule.condition(),
                rule.result().name(), rule.fired(), ObservationView.of(rule.observations()));
    }
}
