package org.impasseadvisor.api.feedback;

import java.time.Instant;
import java.util.UUID;
import org.impasseadvisor.audit.FeedbackResult;
import org.impasseadvisor.audit.Outcome;
import org.impasseadvisor.audit.OverrideReason;

/** Feedback as committed. */
public record FeedbackView(UUID feedbackId, UUID recommendationId, String strategyId, Outcome outcome,
        OverrideReason reason, String comment, Instant recordedAt) {

    static FeedbackView of(FeedbackResult result) {
        return new FeedbackView(result.id(), result.recommendationId(), result.strategyId(), result.outcome(),
                result.reason(), result.comment(), result.recordedAt());
    }
}
