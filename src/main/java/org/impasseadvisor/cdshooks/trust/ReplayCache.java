package org.impasseadvisor.cdshooks.trust;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code jti} values seen, each kept until its token expires (plus skew): a token is used once.
 * Per instance: behind a load balancer a replay to another instance is caught only by exp, which the
 * verifier keeps to at most five minutes.
 */
final class ReplayCache {

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private volatile Instant nextSweep = Instant.EPOCH;

    /** True the first time an issuer's jti is offered; false for a replay. */
    boolean firstUse(String issuer, String jti, Instant keepUntil, Instant now) {
        if (now.isAfter(nextSweep)) {
            seen.values().removeIf(until -> until.isBefore(now));
            nextSweep = now.plusSeconds(30);
        }
        return seen.putIfAbsent(issuer + " " + jti, keepUntil) == null;
    }
}
