package org.impasseadvisor.advice;

import java.util.UUID;
import org.impasseadvisor.engine.Recommendation;

/** A recommendation as answered: the engine's result under the id that feedback will refer to. */
public record Advice(UUID recommendationId, Recommendation recommendation) {
}
