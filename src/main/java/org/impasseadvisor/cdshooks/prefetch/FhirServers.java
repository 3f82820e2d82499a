package org.impasseadvisor.cdshooks.prefetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which {@code fhirServer} URLs this service reads from. A URL that is not an http(s) base URL with a
 * host and a valid port, without user info, query or fragment, is malformed: the call is invalid. Of the
 * well-formed ones, only https is read, and plain http only on a loopback address and only when
 * configured, so an access token never crosses a network in clear text.
 */
public final class FhirServers {

    private FhirServers() {
    }

    /** What makes this URL malformed, in words for an OperationOutcome, or empty when it is well-formed. */
    public static Optional<String> malformed(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("fhirServer must be an absolute http(s) URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("fhirServer must be an absolute http(s) URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty() || uri.getRawUserInfo() != null) {
            return Optional.of("fhirServer must name a host, without user information");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65_535)) {
            return Optional.of("fhirServer has no valid port");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("fhirServer must be a base URL, without query or fragment");
        }
        return Optional.empty();
    }

    /**
     * Why a well-formed URL is not read, or empty when it is: plain http outside the loopback, or on it
     * without {@code impasse.cds.allow-loopback-http-fhir-server}.
     */
    public static Optional<String> unread(String url, boolean allowLoopbackHttp) {
        URI uri = URI.create(url);
        if (uri.getScheme().equalsIgnoreCase("http") && !(allowLoopbackHttp && loopback(uri.getHost()))) {
            return Optional.of("fhirServer is plain http, and neither the access token nor the chart is sent"
                    + " or read over plain http");
        }
        return Optional.empty();
    }

    /** A loopback host written literally: resolving a name here would let DNS decide. */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
