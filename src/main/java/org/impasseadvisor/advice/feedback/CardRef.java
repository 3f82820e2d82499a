package org.impasseadvisor.advice.feedback;

import java.util.UUID;

/** What a CDS Hooks card carried: one strategy of one recommendation. */
public record CardRef(UUID recommendationId, String strategyId) {
}
