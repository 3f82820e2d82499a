package org.impasseadvisor.advice;

import java.util.Map;
import java.util.UUID;
import org.impasseadvisor.engine.Recommendation;

/**
 * A recommendation as answered: the engine's result under the id that feedback will refer to.
 *
 * @param cardIds strategy id → the CDS Hooks card that carries it; empty outside CDS Hooks
 */
public record Advice(UUID recommendationId, Recommendation recommendation, Map<String, UUID> cardIds) {

    public Advice {
        cardIds = Map.copyOf(cardIds);
    }
}
