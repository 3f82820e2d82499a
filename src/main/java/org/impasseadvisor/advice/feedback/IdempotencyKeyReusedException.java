package org.impasseadvisor.advice.feedback;

/** An Idempotency-Key sent again with feedback that says something else than what was stored under it. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("idempotency key reused for other feedback", null, false, false);
    }
}
