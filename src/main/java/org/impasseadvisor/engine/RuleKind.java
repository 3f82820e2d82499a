package org.impasseadvisor.engine;

/** What a rule does when its condition is TRUE. */
public enum RuleKind {
    /** Adds its weight to its strategy's score. */
    SCORE,
    /** Withholds its strategy, whatever its score, and says why. */
    GATE
}
