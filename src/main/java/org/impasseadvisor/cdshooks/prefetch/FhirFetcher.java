package org.impasseadvisor.cdshooks.prefetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.impasseadvisor.cdshooks.CdsConfig;
import org.jboss.logging.Logger;

/**
 * Reads what the EHR did not prefetch from its FHIR server, with the access token it gave. The token
 * is only ever put in the Authorization header, never in a log line or an answer.
 */
@ApplicationScoped
public class FhirFetcher {

    private static final Logger LOG = Logger.getLogger(FhirFetcher.class);

    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper mapper;

    public FhirFetcher(CdsConfig config, ObjectMapper mapper) {
        this.timeout = config.fetchTimeout();
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * @param fhirServer  the EHR's FHIR base URL
     * @param query       a filled-in prefetch query, relative to the base
     * @param accessToken the bearer token, or null when the EHR gave none
     * @throws FetchFailedException when the server cannot be reached or does not answer with FHIR JSON
     */
    public JsonNode read(String fhirServer, String query, String accessToken) {
        String base = fhirServer.endsWith("/") ? fhirServer : fhirServer + "/";
        URI uri;
        try {
            uri = URI.create(base + query);
        } catch (IllegalArgumentException e) {
            throw new FetchFailedException("the query is not a valid URL");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "application/fhir+json");
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404 && !query.contains("?")) {
                return null; // a read of a resource the server does not have: no data
            }
            if (response.statusCode() / 100 != 2) {
                LOG.warnf("FHIR server answered %d to a %s read", response.statusCode(), resourceType(query));
                throw new FetchFailedException("the FHIR server answered " + response.statusCode());
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            LOG.warnf("FHIR %s read failed: %s", resourceType(query), e.getClass().getSimpleName());
            throw new FetchFailedException("the FHIR server could not be read (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailedException("interrupted");
        }
    }

    private static String resourceType(String query) {
        return query.split("[/?]", 2)[0];
    }

    /** A missing prefetch value that could not be read either. */
    public static class FetchFailedException extends RuntimeException {
        public FetchFailedException(String message) {
            super(message);
        }
    }
}
