package org.impasseadvisor.cdshooks.trust;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which EHRs may call the CDS Hooks endpoints: CDS Hooks "Trusting CDS Clients". On by default; with
 * no issuer configured every call is refused, so a fresh install starts but trusts no one.
 */
@ConfigMapping(prefix = "impasse.cds.trust")
public interface TrustConfig {

    /** Off only for local trials, with a warning at start. */
    @WithDefault("true")
    boolean enabled();

    /** Clock difference tolerated on exp, nbf and iat. */
    @WithDefault("PT60S")
    Duration clockSkew();

    /** The longest a token may live from now: the spec's five minutes. */
    @WithDefault("PT5M")
    Duration maxLifetime();

    /** How long a fetched JWK Set is used before it is read again. */
    @WithDefault("PT1H")
    Duration jwksTtl();

    /**
     * How long the last good JWK Set is still used while the issuer's JWK Set URL cannot be read: an
     * outage of the EHR's key server does not turn every call into a 401 until this has passed.
     */
    @WithDefault("PT12H")
    Duration jwksOutageGrace();

    /** The least time between two reads of one JWK Set forced by an unknown kid. */
    @WithDefault("PT10S")
    Duration jwksMinRefresh();

    /** Time allowed to read a JWK Set. */
    @WithDefault("PT3S")
    Duration jwksTimeout();

    /** Trusted issuers by a name of your choosing. */
    Map<String, Issuer> issuers();

    interface Issuer {

        /** The {@code iss} the EHR puts in its tokens. */
        String iss();

        /** Where the issuer publishes its JWK Set. */
        String jwksUrl();

        /** The {@code jku} header values accepted; a token with any other jku is refused. */
        Optional<List<String>> allowedJku();

        /** Signature algorithms accepted from this issuer; ES384 and RS384 by default. */
        @WithDefault("ES384,RS384")
        List<String> algorithms();
    }
}
