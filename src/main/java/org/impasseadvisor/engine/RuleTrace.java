package org.impasseadvisor.engine;

import java.util.List;

/**
 * How one rule or alert fared against a descriptor.
 *
 * @param kind         SCORE, GATE or ALERT
 * @param result       the condition's truth value
 * @param fired        true when the result was TRUE
 * @param observations one per leaf condition, with the value each observed or "missing"
 */
public record RuleTrace(
        String ruleId,
        String strategyId,
        String kind,
        double weight,
        String condition,
        Truth result,
        boolean fired,
        List<Observation> observations) {
}
