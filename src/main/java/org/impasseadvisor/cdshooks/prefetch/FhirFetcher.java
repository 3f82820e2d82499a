package org.impasseadvisor.cdshooks.prefetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.impasseadvisor.cdshooks.CdsConfig;
import org.impasseadvisor.cdshooks.CdsJson;
import org.impasseadvisor.logging.Untrusted;
import org.jboss.logging.Logger;

/**
 * Reads what the EHR did not prefetch from its FHIR server, with the access token it gave, through the
 * JDK HTTP client's asynchronous API so that all the reads of a call run at once. A searchset Bundle's
 * {@code next} pages on the same server are followed and merged, up to a page limit and the call's
 * deadline. The token is only ever put in the Authorization header, never in a log line or an answer.
 */
@ApplicationScoped
public class FhirFetcher {

    private static final Logger LOG = Logger.getLogger(FhirFetcher.class);

    private final HttpClient http;
    private final ObjectMapper json;
    private final int maxPages;
    private final long maxBytes;

    public FhirFetcher(CdsConfig config, CdsJson json) {
        this.json = json.mapper();
        this.maxPages = config.fetchMaxPages();
        this.maxBytes = config.maxBodySize().asLongValue();
        this.http = HttpClient.newBuilder().connectTimeout(config.fetchDeadline())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * @param fhirServer  the EHR's FHIR base URL, already checked by {@link FhirServers}
     * @param query       a filled-in prefetch query, relative to the base
     * @param accessToken the bearer token, or null when the EHR gave none
     * @param deadline    when the whole call stops waiting
     * @return the resource or merged Bundle; a JSON null when a read finds no such resource. It fails
     *         with {@link FetchFailedException} when the server cannot be read.
     */
    public CompletableFuture<JsonNode> read(String fhirServer, String query, String accessToken, Instant deadline) {
        String base = fhirServer.endsWith("/") ? fhirServer : fhirServer + "/";
        URI uri;
        try {
            uri = URI.create(base + query);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new FetchFailedException());
        }
        boolean search = query.contains("?");
        // A search for the newest one (_count=1, sorted) is answered by its first page.
        boolean allPages = search && !query.contains("_count=");
        return page(uri, base, accessToken, deadline, search).thenCompose(first -> {
            if (first.isObject() && allPages) {
                return rest((ObjectNode) first, base, accessToken, deadline, 1);
            }
            return CompletableFuture.completedFuture(first);
        });
    }

    /** Follows {@code next} links, adding each page's entries to the first page. */
    private CompletableFuture<JsonNode> rest(ObjectNode bundle, String base, String accessToken, Instant deadline,
            int pages) {
        URI next = next(bundle, base);
        if (next == null || pages >= maxPages) {
            return CompletableFuture.completedFuture(withoutLinks(bundle));
        }
        return page(next, base, accessToken, deadline, true).thenCompose(page -> {
            ArrayNode entries = bundle.withArray("entry");
            page.path("entry").forEach(entries::add);
            bundle.set("link", page.path("link"));
            return rest(bundle, base, accessToken, deadline, pages + 1);
        });
    }

    /** A {@code next} link on the same server; one elsewhere would receive the token, so it is not followed. */
    private static URI next(JsonNode bundle, String base) {
        for (JsonNode link : bundle.path("link")) {
            String url = link.path("url").asText("");
            if ("next".equals(link.path("relation").asText()) && url.startsWith(base)) {
                try {
                    return URI.create(url);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static JsonNode withoutLinks(ObjectNode bundle) {
        bundle.remove("link");
        return bundle;
    }

    private CompletableFuture<JsonNode> page(URI uri, String base, String accessToken, Instant deadline,
            boolean search) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            return CompletableFuture.failedFuture(new FetchFailedException());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(left).GET()
                .header("Accept", "application/fhir+json");
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        String resourceType = uri.toString().substring(base.length()).split("[/?]", 2)[0];
        try {
            return http.sendAsync(request.build(), BoundedBody.handler(maxBytes))
                    .handle((response, failure) -> {
                        if (failure != null) {
                            LOG.warnf("FHIR %s read failed: %s", Untrusted.quote(resourceType),
                                    cause(failure).getClass().getSimpleName());
                            throw new FetchFailedException();
                        }
                        return body(response, resourceType, search);
                    });
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new FetchFailedException());
        }
    }

    private JsonNode body(HttpResponse<byte[]> response, String resourceType, boolean search) {
        if (response.statusCode() == 404 && !search) {
            return NullNode.getInstance(); // a read of a resource the server does not have: no data
        }
        if (response.statusCode() / 100 != 2 || response.body() == null) {
            LOG.warnf("FHIR server answered %d to a %s read%s", response.statusCode(), Untrusted.quote(resourceType),
                    response.body() == null ? " (too large)" : "");
            throw new FetchFailedException();
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            LOG.warnf("FHIR %s read was not JSON", Untrusted.quote(resourceType));
            throw new FetchFailedException();
        }
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /**
     * A missing prefetch value that could not be read. It says nothing of why: the remote status and the
     * exception are logged, never put in an answer.
     */
    public static class FetchFailedException extends RuntimeException {
        public FetchFailedException() {
            super("could not be read from fhirServer", null, false, false);
        }
    }
}
