package org.impasseadvisor.advice.feedback;

/** What the clinician did with a recommended strategy, or what came of it. */
public enum Outcome {
    ACCEPTED, OVERRIDDEN, RESOLVED, NOT_RESOLVED
}
