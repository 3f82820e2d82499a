package org.impasseadvisor.api.feedback;

import java.time.Instant;
import java.util.UUID;
import org.impasseadvisor.advice.feedback.FeedbackResult;
import org.impasseadvisor.advice.feedback.Outcome;
import org.impasseadvisor.advice.feedback.OverrideReason;

/** Feedback as committed. */
public record FeedbackView(UUID feedbackId, UUID recommendationId, String strategyId, Outcome outcome,
        OverrideReason reason, String comment, Instant recordedAt) {

    static FeedbackView of(FeedbackResult result) {
        return new FeedbackView(result.id(), result.recommendationId(), result.strategyId(), result.outcome(),
                result.reason(), result.comment(), result.recordedAt());
    }
}
