package org.impasseadvisor.api.catalog;

import java.util.List;
import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.Reference;
import org.impasseadvisor.engine.Severity;

/** A safety alert rule as data: the condition as canonical text and the strategy it pins first. */
public record AlertRuleView(String id, Severity severity, String code, String message, String condition,
        String strategyId, List<Reference> references) {

    static AlertRuleView of(AlertRule alert) {
        return new AlertRuleView(alert.id(), alert.severity(), alert.code(), alert.message(),
                alert.condition().text(), alert.strategyId(), alert.references());
    }
}
