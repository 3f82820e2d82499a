package org.impasseadvisor.cdshooks.trust;

/** A JWT check that failed; its message names the check, never the token. */
public class TrustFailure extends Exception {

    public TrustFailure(String check) {
        super(check, null, false, false);
    }
}
