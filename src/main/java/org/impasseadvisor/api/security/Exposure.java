package org.impasseadvisor.api.security;

import java.util.Locale;

/**
 * Whether the service may listen where it is told to: without authentication it serves loopback only,
 * unless serving other interfaces unauthenticated was asked for explicitly.
 */
public record Exposure(Verdict verdict, String message) {

    public enum Verdict { SERVE, SERVE_WITH_WARNING, REFUSE }

    /**
     * @param authEnabled      {@code impasse.auth.enabled}
     * @param keyConfigured    a JWT verification key or key location is configured
     * @param host             the interface the HTTP server binds to
     * @param allowRemoteNoAuth {@code impasse.auth.allow-unauthenticated-remote}
     */
    public static Exposure of(boolean authEnabled, boolean keyConfigured, String host, boolean allowRemoteNoAuth) {
        if (authEnabled && !keyConfigured) {
            return new Exposure(Verdict.REFUSE, "impasse.auth.enabled is true but no key to verify tokens is"
                    + " configured: set mp.jwt.verify.publickey.location (a PEM file, a JWKS file or a JWKS URL)"
                    + " and mp.jwt.verify.issuer.");
        }
        if (authEnabled) {
            return new Exposure(Verdict.SERVE, "Authentication is on: /api/v1/** needs a bearer JWT; listening on "
                    + host + ".");
        }
        if (isLoopback(host)) {
            return new Exposure(Verdict.SERVE_WITH_WARNING, "Authentication is not configured, so the service"
                    + " listens on " + host + " (loopback) only. To serve other interfaces, configure"
                    + " authentication (impasse.auth.enabled=true, see README), or set"
                    + " impasse.auth.allow-unauthenticated-remote=true behind a gateway that authenticates.");
        }
        if (allowRemoteNoAuth) {
            return new Exposure(Verdict.SERVE_WITH_WARNING, "Authentication is OFF and the service listens on "
                    + host + ", as impasse.auth.allow-unauthenticated-remote=true asks: anyone who can reach it"
                    + " can use /api/v1/**.");
        }
        return new Exposure(Verdict.REFUSE, "Refusing to listen on " + host + " without authentication."
                + " Configure authentication (impasse.auth.enabled=true, see README), listen on 127.0.0.1, or set"
                + " impasse.auth.allow-unauthenticated-remote=true behind a gateway that authenticates.");
    }

    /** 127.0.0.0/8, ::1 and localhost; anything else, 0.0.0.0 included, reaches other interfaces. */
    static boolean isLoopback(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
