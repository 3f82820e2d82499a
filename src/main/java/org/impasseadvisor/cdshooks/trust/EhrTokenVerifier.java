package org.impasseadvisor.cdshooks.trust;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.impasseadvisor.logging.Untrusted;

/**
 * Verifies an EHR's CDS Hooks JWT as "Trusting CDS Clients" asks. Checked here, before any key is
 * fetched: the header's {@code typ} is {@code JWT} and {@code kid} is present (both REQUIRED by the
 * spec); {@code none} and HMAC are refused; the issuer is allow-listed; the algorithm is one the issuer
 * is configured for; {@code jku}, if sent, is in the issuer's allowlist. Nimbus's
 * {@link DefaultJWTProcessor} then checks the signature against the issuer's JWK Set ({@link KeySources})
 * and, with {@link DefaultJWTClaimsVerifier}, {@code iss}, {@code aud} (the URL called), the presence of
 * {@code exp}, {@code iat} and {@code jti}, and {@code exp}/{@code nbf} with clock skew. Then: {@code exp}
 * at most {@code max-lifetime} ahead, {@code iat} not in the future, and {@code jti} used once.
 * Each failure names its check, never the token; every value from the token in it is quoted.
 */
public final class EhrTokenVerifier {

    private static final Set<String> REQUIRED_CLAIMS = Set.of("iss", "aud", "exp", "iat", "jti");

    private final Map<String, TrustConfig.Issuer> issuers = new HashMap<>();
    private final KeySources keys;
    private final ReplayStore replays;
    private final Duration skew;
    private final Duration maxLifetime;
    private final Clock clock;

    EhrTokenVerifier(TrustConfig config, ReplayStore replays, Clock clock) {
        config.issuers().values().forEach(issuer -> issuers.put(issuer.iss(), issuer));
        this.keys = new KeySources(config);
        this.replays = replays;
        this.skew = config.clockSkew();
        this.maxLifetime = config.maxLifetime();
        this.clock = clock;
    }

    /** @return the verified issuer */
    public String verify(String token, String audience) throws TrustFailure {
        SignedJWT jwt = signed(token);
        JWSHeader header = jwt.getHeader();
        JWSAlgorithm alg = header.getAlgorithm();
        if (JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
            throw new TrustFailure("alg " + Untrusted.quote(alg) + " (HMAC) refused");
        }
        if (!JOSEObjectType.JWT.equals(header.getType())) {
            throw new TrustFailure("typ " + Untrusted.quote(header.getType()) + " is not JWT");
        }
        if (header.getKeyID() == null || header.getKeyID().isBlank()) {
            throw new TrustFailure("kid is missing");
        }
        TrustConfig.Issuer issuer = issuer(jwt);
        if (!issuer.algorithms().contains(alg.getName())) {
            throw new TrustFailure("alg " + Untrusted.quote(alg) + " not allowed for iss " + Untrusted.quote(issuer.iss()));
        }
        String keysUrl = issuer.jwksUrl();
        if (header.getJWKURL() != null) {
            String jku = header.getJWKURL().toString();
            if (!issuer.allowedJku().orElse(List.of()).contains(jku)) {
                throw new TrustFailure("jku " + Untrusted.quote(jku) + " not allowed for iss "
                        + Untrusted.quote(issuer.iss()));
            }
            keysUrl = jku;
        }
        JWTClaimsSet claims = process(jwt, issuer, keysUrl, audience);
        Instant now = clock.instant();
        Instant exp = claims.getExpirationTime().toInstant();
        if (exp.isAfter(now.plus(maxLifetime).plus(skew))) {
            throw new TrustFailure("exp " + exp + " is more than " + maxLifetime + " away");
        }
        Instant iat = claims.getIssueTime().toInstant();
        if (iat.isAfter(now.plus(skew))) {
            throw new TrustFailure("iat " + iat + " is in the future");
        }
        if (claims.getJWTID().isBlank() || !replays.firstUse(issuer.iss(), claims.getJWTID(), exp.plus(skew), now)) {
            throw new TrustFailure("jti " + Untrusted.quote(claims.getJWTID()) + " replayed or blank");
        }
        return issuer.iss();
    }

    private static SignedJWT signed(String token) throws TrustFailure {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new TrustFailure("token is not a JWT");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new TrustFailure("token is not a signed JWT (alg none and encrypted tokens are refused)");
        }
        return signed;
    }

    private TrustConfig.Issuer issuer(SignedJWT jwt) throws TrustFailure {
        String iss;
        try {
            iss = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new TrustFailure("claims are not a JSON object");
        }
        TrustConfig.Issuer issuer = iss == null ? null : issuers.get(iss);
        if (issuer == null) {
            throw new TrustFailure("iss " + Untrusted.quote(iss) + " is not a trusted issuer");
        }
        return issuer;
    }

    private JWTClaimsSet process(SignedJWT jwt, TrustConfig.Issuer issuer, String keysUrl, String audience)
            throws TrustFailure {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        Set<JWSAlgorithm> algorithms = issuer.algorithms().stream().map(JWSAlgorithm::parse).collect(Collectors.toSet());
        try {
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys.of(keysUrl)));
        } catch (IllegalArgumentException e) {
            throw new TrustFailure("JWK Set URL of iss " + Untrusted.quote(issuer.iss()) + " is not a URL");
        }
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer.iss()).build(), REQUIRED_CLAIMS) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew((int) skew.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
        try {
            return processor.process(jwt, null);
        } catch (BadJOSEException e) {
            throw new TrustFailure(Untrusted.quote(e.getMessage()) + " (iss " + Untrusted.quote(issuer.iss())
                    + ", kid " + Untrusted.quote(jwt.getHeader().getKeyID()) + ")");
        } catch (JOSEException e) {
            throw new TrustFailure("JWK Set of iss " + Untrusted.quote(issuer.iss()) + " could not be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
