package org.impasseadvisor.advice.feedback;

import org.impasseadvisor.records.Feedback;

/**
 * Feedback on one strategy of one recommendation, already validated.
 *
 * @param reason  why the strategy was overridden; only with {@link Outcome#OVERRIDDEN}
 * @param comment at most {@value #MAX_COMMENT_LENGTH} characters, or null
 */
public record FeedbackRequest(String strategyId, Outcome outcome, OverrideReason reason, String comment) {

    /** The longest comment the record store keeps. */
    public static final int MAX_COMMENT_LENGTH = Feedback.MAX_COMMENT_LENGTH;
}
