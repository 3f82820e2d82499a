package org.impasseadvisor.engine;

import java.util.List;
import java.util.Objects;

/**
 * A safety check. When its condition holds it raises an alert and pins its strategy ahead of every
 * other strategy; a pinned strategy can never be withheld.
 *
 * @param code       a stable machine-readable code, e.g. SUICIDE_RISK
 * @param message    what the clinician must know, in plain words
 * @param strategyId the strategy pinned first while this alert is raised
 */
public record AlertRule(
        String id,
        Severity severity,
        String code,
        String message,
        Condition condition,
        String strategyId,
        List<Reference> references) {

    public AlertRule {
        Text.requireText(id, "alert id");
        Objects.requireNonNull(severity, "severity of alert " + id);
        Text.requireText(code, "code of alert " + id);
        Text.requireText(message, "message of alert " + id);
        Objects.requireNonNull(condition, "condition of alert " + id);
        Text.requireText(strategyId, "strategy of alert " + id);
        references = List.copyOf(references);
    }

    String canonical() {
        return "alert " + id + " | " + severity + " | " + code + " | " + message + " | " + condition.text()
                + " | " + strategyId;
    }
}
