package org.impasseadvisor.advice.feedback;

import java.time.Instant;
import java.util.UUID;
import org.impasseadvisor.advice.Channel;

/** Feedback as committed. */
public record FeedbackResult(UUID id, UUID recommendationId, String strategyId, Outcome outcome,
        OverrideReason reason, String comment, Channel channel, Instant recordedAt) {
}
