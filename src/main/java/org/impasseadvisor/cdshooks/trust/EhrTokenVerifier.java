package org.impasseadvisor.cdshooks.trust;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Verifies an EHR's CDS Hooks JWT: issuer allow-listed; {@code none} and HMAC refused; the algorithm
 * one the issuer is configured for; {@code jku}, if sent, in the issuer's allowlist; the signature
 * against the issuer's JWK Set; {@code aud} the URL called; {@code exp}, {@code nbf}, {@code iat}
 * with clock skew; {@code jti} used once. Each failure names its check, never the token.
 */
public final class EhrTokenVerifier {

    private final Map<String, TrustConfig.Issuer> issuers;
    private final JwkSets jwkSets;
    private final ReplayCache replays = new ReplayCache();
    private final Duration skew;
    private final Duration maxLifetime;
    private final Clock clock;

    public EhrTokenVerifier(TrustConfig config, Clock clock) {
        this.issuers = new java.util.HashMap<>();
        config.issuers().values().forEach(issuer -> issuers.put(issuer.iss(), issuer));
        this.jwkSets = new JwkSets(config.jwksTimeout(), config.jwksTtl(), config.jwksMinRefresh());
        this.skew = config.clockSkew();
        this.maxLifetime = config.maxLifetime();
        this.clock = clock;
    }

    /** @return the verified issuer */
    public String verify(String token, String audience) throws TrustFailure {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new TrustFailure("token is not a JWT");
        }
        if (jwt instanceof PlainJWT) {
            throw new TrustFailure("alg none refused");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new TrustFailure("token is not a signed JWT");
        }
        JWSHeader header = signed.getHeader();
        JWSAlgorithm alg = header.getAlgorithm();
        if (JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
            throw new TrustFailure("alg " + alg + " (HMAC) refused");
        }
        if (header.getType() != null && !header.getType().equals(JOSEObjectType.JWT)) {
            throw new TrustFailure("typ " + header.getType() + " is not JWT");
        }
        JWTClaimsSet claims;
        try {
            claims = signed.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new TrustFailure("claims are not a JSON object");
        }
        TrustConfig.Issuer issuer = claims.getIssuer() == null ? null : issuers.get(claims.getIssuer());
        if (issuer == null) {
            throw new TrustFailure("iss " + claims.getIssuer() + " is not a trusted issuer");
        }
        if (!issuer.algorithms().contains(alg.getName())) {
            throw new TrustFailure("alg " + alg + " not allowed for iss " + issuer.iss());
        }
        String keysUrl = issuer.jwksUrl();
        if (header.getJWKURL() != null) {
            String jku = header.getJWKURL().toString();
            if (!issuer.allowedJku().orElse(List.of()).contains(jku)) {
                throw new TrustFailure("jku " + jku + " not allowed for iss " + issuer.iss());
            }
            keysUrl = jku;
        }
        Instant now = clock.instant();
        if (!signatureHolds(signed, jwkSets.keys(keysUrl, header.getKeyID(), now))) {
            throw new TrustFailure("signature does not verify with iss " + issuer.iss() + "'s keys (kid "
                    + header.getKeyID() + ")");
        }
        List<String> aud = claims.getAudience();
        if (aud == null || !aud.contains(audience)) {
            throw new TrustFailure("aud " + aud + " is not " + audience);
        }
        Instant exp = instant(claims.getExpirationTime(), "exp");
        if (exp.plus(skew).isBefore(now)) {
            throw new TrustFailure("expired at " + exp);
        }
        if (exp.isAfter(now.plus(maxLifetime).plus(skew))) {
            throw new TrustFailure("exp " + exp + " is more than " + maxLifetime + " away");
        }
        Instant iat = instant(claims.getIssueTime(), "iat");
        if (iat.isAfter(now.plus(skew))) {
            throw new TrustFailure("iat " + iat + " is in the future");
        }
        if (claims.getNotBeforeTime() != null && claims.getNotBeforeTime().toInstant().isAfter(now.plus(skew))) {
            throw new TrustFailure("not valid before " + claims.getNotBeforeTime().toInstant());
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            throw new TrustFailure("jti is missing");
        }
        if (!replays.firstUse(issuer.iss(), jti, exp.plus(skew), now)) {
            throw new TrustFailure("jti replayed");
        }
        return issuer.iss();
    }

    private static Instant instant(Date date, String claim) throws TrustFailure {
        if (date == null) {
            throw new TrustFailure(claim + " is missing");
        }
        return date.toInstant();
    }

    private static boolean signatureHolds(SignedJWT jwt, JWKSet keys) {
        String kid = jwt.getHeader().getKeyID();
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        List<JWK> candidates = new ArrayList<>();
        for (JWK key : keys.getKeys()) {
            if (kid == null || kid.equals(key.getKeyID())) {
                candidates.add(key);
            }
        }
        for (JWK key : candidates) {
            try {
                JWSVerifier verifier;
                if (JWSAlgorithm.Family.EC.contains(alg) && key instanceof ECKey ec) {
                    verifier = new ECDSAVerifier(ec);
                } else if (JWSAlgorithm.Family.RSA.contains(alg) && key instanceof RSAKey rsa) {
                    verifier = new RSASSAVerifier(rsa);
                } else {
                    continue;
                }
                if (jwt.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException | IllegalStateException e) {
                // a key of the wrong curve or size for this token: try the next one
            }
        }
        return false;
    }
}
