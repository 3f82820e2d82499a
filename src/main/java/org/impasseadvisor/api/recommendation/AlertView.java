package org.impasseadvisor.api.recommendation;

import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.Severity;

/** A raised safety alert and the strategy it pins first. */
public record AlertView(Severity severity, String code, String message, String strategyId, String ruleId) {

    static AlertView of(AlertRule alert) {
        return new AlertView(alert.severity(), alert.code(), alert.message(), alert.strategyId(), alert.id());
    }
}
