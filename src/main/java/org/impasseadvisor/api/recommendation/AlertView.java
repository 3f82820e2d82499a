package org.impasseadvisor.api.recommendation;

import org.impasseadvisor.engine.AlertRule;

/**
 * A raised safety alert and the strategy it pins first.
 *
 * @param severity CRITICAL or WARNING
 */
public record AlertView(String severity, String code, String message, String strategyId, String ruleId) {

    static AlertView of(AlertRule alert) {
        return new AlertView(alert.severity().name(), alert.code(), alert.message(), alert.strategyId(), alert.id());
    }
}
