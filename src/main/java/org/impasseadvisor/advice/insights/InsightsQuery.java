package org.impasseadvisor.advice.insights;

import java.time.Instant;
import org.impasseadvisor.descriptor.RootCause;

/**
 * Which recommendations insights count: those answered in [from, to) and, when given, naming a root cause.
 * Every bound is optional (null).
 */
public record InsightsQuery(Instant from, Instant to, RootCause rootCause) {
}
