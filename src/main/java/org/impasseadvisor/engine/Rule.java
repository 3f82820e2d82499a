package org.impasseadvisor.engine;

import java.util.List;
import java.util.Objects;

/**
 * Connects descriptor signals to a strategy.
 *
 * @param weight    what a fired score rule adds to the strategy's score; 0 for a gate
 * @param rationale why, in words a clinician can read
 */
public record Rule(
        String id,
        String strategyId,
        RuleKind kind,
        double weight,
        Condition condition,
        String rationale,
        List<Reference> references) {

    public Rule {
        Text.requireText(id, "rule id");
        Text.requireText(strategyId, "strategy of rule " + id);
        Objects.requireNonNull(kind, "kind of rule " + id);
        Objects.requireNonNull(condition, "condition of rule " + id);
        Text.requireText(rationale, "rationale of rule " + id);
        references = List.copyOf(references);
    }

    /** A rule that adds {@code weight} to a strategy's score when {@code condition} holds. */
    public static Rule score(String id, String strategyId, double weight, Condition condition, String rationale,
            Reference... references) {
        return new Rule(id, strategyId, RuleKind.SCORE, weight, condition, rationale, List.of(references));
    }

    /** A rule that withholds a strategy when {@code condition} holds. */
    public static Rule gate(String id, String strategyId, Condition condition, String rationale,
            Reference... references) {
        return new Rule(id, strategyId, RuleKind.GATE, 0, condition, rationale, List.of(references));
    }

    String canonical() {
        return "rule " + id + " | " + strategyId + " | " + kind + " | " + weight + " | " + condition.text()
                + " | " + rationale;
    }
}
