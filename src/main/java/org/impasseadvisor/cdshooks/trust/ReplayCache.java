package org.impasseadvisor.cdshooks.trust;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code jti} values seen by this instance, each kept until its token expires (plus skew). Used with
 * the embedded database, which serves one instance; with PostgreSQL, {@link DatabaseReplayStore} shares
 * them between replicas.
 */
final class ReplayCache implements ReplayStore {

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private volatile Instant nextSweep = Instant.EPOCH;

    @Override
    public boolean firstUse(String issuer, String jti, Instant keepUntil, Instant now) {
        if (now.isAfter(nextSweep)) {
            seen.values().removeIf(until -> until.isBefore(now));
            nextSweep = now.plusSeconds(30);
        }
        return seen.putIfAbsent(issuer + " " + jti, keepUntil) == null;
    }
}
