package org.impasseadvisor.engine;

import java.util.List;
import java.util.Optional;

/**
 * The engine's answer to one descriptor.
 *
 * @param alerts     the alerts raised, CRITICAL first, then in catalog order
 * @param strategies the ranked strategies, at most the descriptor's limit; empty when nothing fired
 * @param withheld   strategies that scored but were withheld by a gate
 * @param trace      the full trace, present only when asked for
 */
public record Recommendation(
        String catalogVersion,
        String catalogHash,
        List<AlertRule> alerts,
        List<RankedStrategy> strategies,
        List<Withheld> withheld,
        Optional<Trace> trace) {
}
