package org.impasseadvisor.engine;

import java.util.List;

/**
 * A strategy as recommended.
 *
 * @param rank    1-based position in the answer
 * @param score   the sum of the weights of its fired score rules
 * @param pinned  true when a raised alert put it first
 * @param reasons its fired score rules, in catalog order
 */
public record RankedStrategy(int rank, Strategy strategy, double score, boolean pinned, List<Rule> reasons) {
}
