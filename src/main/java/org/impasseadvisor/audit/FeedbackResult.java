package org.impasseadvisor.audit;

import java.time.Instant;
import java.util.UUID;

/** Feedback as committed. */
public record FeedbackResult(UUID id, UUID recommendationId, String strategyId, Outcome outcome,
        OverrideReason reason, String comment, Channel channel, Instant recordedAt) {
}
