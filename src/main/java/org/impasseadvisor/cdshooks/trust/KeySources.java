package org.impasseadvisor.cdshooks.trust;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The issuers' JWK Sets, one Nimbus {@link JWKSource} per URL: cached for {@code jwks-ttl} and refreshed
 * ahead of expiry in the background; read again when a token names a kid the cached set lacks (key
 * rotation), rate-limited to one read per {@code jwks-min-refresh}; and, while the URL cannot be read,
 * the last good set is used for up to {@code jwks-outage-grace}.
 */
final class KeySources {

    private final Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();
    private final TrustConfig config;

    KeySources(TrustConfig config) {
        this.config = config;
    }

    /** The key source of one JWK Set URL, built on first use. */
    JWKSource<SecurityContext> of(String url) {
        return sources.computeIfAbsent(url, this::build);
    }

    private JWKSource<SecurityContext> build(String url) {
        int timeout = (int) config.jwksTimeout().toMillis();
        long ttl = config.jwksTtl().toMillis();
        // a JWK Set is a few kilobytes; 256 KB leaves room for many keys and refuses anything larger
        DefaultResourceRetriever retriever = new DefaultResourceRetriever(timeout, timeout, 256 * 1024);
        URL location;
        try {
            location = URI.create(url).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("JWK Set URL is not a URL", e);
        }
        JWKSourceBuilder<SecurityContext> source = JWKSourceBuilder.<SecurityContext>create(location, retriever)
                .cache(ttl, timeout);
        // refreshed in the background ahead of expiry, when the TTL leaves room for a read before it
        long refreshAhead = Math.min(Duration.ofSeconds(30).toMillis(), ttl - timeout) / 2;
        if (refreshAhead > 0) {
            source.refreshAheadCache(refreshAhead, false);
        }
        return source.rateLimited(Math.min(config.jwksMinRefresh().toMillis(), ttl - 1))
                .outageTolerant(config.jwksOutageGrace().toMillis())
                .retrying(true)
                .build();
    }
}
