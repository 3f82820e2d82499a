package org.impasseadvisor.cdshooks.trust;

import jakarta.enterprise.context.RequestScoped;

/** The EHR a CDS Hooks call came from, once its JWT is verified: its issuer, recorded as the client id. */
@RequestScoped
public class CallingEhr {

    private String issuer;

    /** The verified issuer, or null when trust is off. */
    public String issuer() {
        return issuer;
    }

    public void verified(String issuer) {
        this.issuer = issuer;
    }
}
