package org.impasseadvisor.audit;

/**
 * Feedback on one strategy of one recommendation, already validated.
 *
 * @param reason  why the strategy was overridden; only with {@link Outcome#OVERRIDDEN}
 * @param comment at most {@value Feedback#MAX_COMMENT_LENGTH} characters, or null
 */
public record FeedbackRequest(String strategyId, Outcome outcome, OverrideReason reason, String comment) {
}
