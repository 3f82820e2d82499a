package org.impasseadvisor.cdshooks.trust;

import java.time.Instant;

/** The {@code jti} values seen, each kept until its token expires: a token is used once. */
interface ReplayStore {

    /** True the first time an issuer's jti is offered; false for a replay. */
    boolean firstUse(String issuer, String jti, Instant keepUntil, Instant now);
}
