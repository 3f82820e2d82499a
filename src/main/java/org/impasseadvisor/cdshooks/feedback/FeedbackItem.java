package org.impasseadvisor.cdshooks.feedback;

import java.util.UUID;
import org.impasseadvisor.advice.feedback.Outcome;
import org.impasseadvisor.advice.feedback.OverrideReason;

/**
 * One checked feedback item. The clinician's {@code userComment} is free text from the EHR and is
 * deliberately not kept.
 *
 * @param index  its position in the posted array, for the answer
 * @param reason the override reason, or null
 */
record FeedbackItem(int index, UUID card, Outcome outcome, OverrideReason reason) {
}
