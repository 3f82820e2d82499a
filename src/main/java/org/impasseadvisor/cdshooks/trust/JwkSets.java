package org.impasseadvisor.cdshooks.trust;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issuers' JWK Sets, read over HTTP and cached; read again when stale or when a token names a kid the
 * cached set lacks (key rotation), at most once per {@code minRefresh} so unknown kids cannot flood
 * the issuer.
 */
final class JwkSets {

    private record Cached(JWKSet keys, Instant readAt) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Duration timeout;
    private final Duration ttl;
    private final Duration minRefresh;
    /** Made on first use: building an HTTP client sets up TLS, a tenth of a second at start for nothing. */
    private HttpClient http;

    JwkSets(Duration timeout, Duration ttl, Duration minRefresh) {
        this.timeout = timeout;
        this.ttl = ttl;
        this.minRefresh = minRefresh;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    /** The set at this URL, from the cache unless it is stale or lacks the kid. */
    JWKSet keys(String url, String kid, Instant now) throws TrustFailure {
        Cached cached = cache.get(url);
        boolean stale = cached == null || cached.readAt().plus(ttl).isBefore(now);
        boolean unknownKid = cached != null && kid != null && cached.keys().getKeyByKeyId(kid) == null
                && cached.readAt().plus(minRefresh).isBefore(now);
        if (stale || unknownKid) {
            cached = new Cached(read(url), now);
            cache.put(url, cached);
        }
        return cached.keys();
    }

    private JWKSet read(String url) throws TrustFailure {
        try {
            HttpResponse<String> response = http().send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new TrustFailure("JWK Set " + url + " answered " + response.statusCode());
            }
            return JWKSet.parse(response.body());
        } catch (IOException | ParseException | IllegalArgumentException e) {
            throw new TrustFailure("JWK Set " + url + " could not be read (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrustFailure("JWK Set " + url + " read interrupted");
        }
    }
}
