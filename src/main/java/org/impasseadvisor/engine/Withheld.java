package org.impasseadvisor.engine;

/**
 * A strategy that scored but was withheld because a gate fired.
 *
 * @param gate  the first gate, in catalog order, that withheld it
 * @param score what it would have scored
 */
public record Withheld(Strategy strategy, Rule gate, double score) {
}
