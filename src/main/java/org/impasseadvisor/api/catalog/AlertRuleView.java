package org.impasseadvisor.api.catalog;

import java.util.List;
import org.impasseadvisor.engine.AlertRule;

/**
 * A safety alert rule as data: the condition as canonical text and the strategy it pins first.
 *
 * @param severity CRITICAL or WARNING
 */
public record AlertRuleView(String id, String severity, String code, String message, String condition,
        String strategyId, List<ReferenceView> references) {

    static AlertRuleView of(AlertRule alert) {
        return new AlertRuleView(alert.id(), alert.severity().name(), alert.code(), alert.message(),
                alert.condition().text(), alert.strategyId(), ReferenceView.of(alert.references()));
    }
}
