package org.impasseadvisor.cdshooks.prefetch;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.impasseadvisor.cdshooks.CdsConfig;
import org.impasseadvisor.cdshooks.CdsException;
import org.impasseadvisor.cdshooks.CdsRequest;

/**
 * Completes the prefetch of a call: a value sent is used (a JSON null: the EHR has no data); a key the
 * EHR did not fill, or filled with an OperationOutcome (its own fetch failed), is read from
 * {@code fhirServer}, all such keys at once under one deadline for the whole call. A key that can be had
 * neither way is unknown: the call is answered from the rest, naming what is unknown. Only when no key
 * at all is known is the answer 412.
 */
@ApplicationScoped
public class PrefetchResolver {

    private final FhirFetcher fetcher;
    private final Map<String, String> templates;
    private final CdsConfig config;

    public PrefetchResolver(FhirFetcher fetcher, CdsConfig config) {
        this.fetcher = fetcher;
        this.config = config;
        this.templates = PrefetchTemplates.of(config.questionnaireUrl());
    }

    /**
     * @param data    key → value for every key known, sent or read
     * @param unknown the keys that could be had neither way, in template order
     * @param why     why fhirServer was not read, when the EHR sent one that is not read; or null
     */
    public record Chart(Map<String, JsonNode> data, List<String> unknown, String why) {

        public Chart {
            data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
            unknown = List.copyOf(unknown);
        }
    }

    public Chart resolve(CdsRequest request) {
        Map<String, JsonNode> data = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> template : templates.entrySet()) {
            JsonNode sent = request.prefetch().get(template.getKey());
            if (sent != null && !isOperationOutcome(sent)) {
                data.put(template.getKey(), sent);
            } else {
                missing.add(template.getKey());
            }
        }
        List<String> unknown = missing.isEmpty() || request.fhirServer() == null ? missing : read(request, missing, data);
        if (data.isEmpty()) {
            throw new CdsException(412, "incomplete", "Nothing could be evaluated: prefetch is missing "
                    + String.join(", ", unknown) + (request.fhirServerUnread() != null
                    ? " and " + request.fhirServerUnread() + "."
                    : request.fhirServer() == null ? " and the call has no fhirServer to read it from."
                    : " and it could not be read from fhirServer."));
        }
        return new Chart(data, unknown, missing.isEmpty() ? null : request.fhirServerUnread());
    }

    /** Reads the missing keys in parallel; puts what arrives in time into data and returns the rest. */
    private List<String> read(CdsRequest request, List<String> missing, Map<String, JsonNode> data) {
        Instant deadline = Instant.now().plus(config.fetchDeadline());
        Map<String, CompletableFuture<JsonNode>> reads = new LinkedHashMap<>();
        for (String key : missing) {
            String query = templates.get(key).replace("{{context.patientId}}", request.patientId());
            reads.put(key, fetcher.read(request.fhirServer(), query, request.accessToken(), deadline));
        }
        try {
            CompletableFuture.allOf(reads.values().toArray(CompletableFuture[]::new))
                    .get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()),
                            TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // some reads failed or are late: the others are used below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> unknown = new ArrayList<>();
        reads.forEach((key, read) -> {
            if (read.isDone() && !read.isCompletedExceptionally()) {
                data.put(key, read.join());
            } else {
                read.cancel(true);
                unknown.add(key);
            }
        });
        return unknown;
    }

    private static boolean isOperationOutcome(JsonNode value) {
        return value.isObject() && "OperationOutcome".equals(value.path("resourceType").asText());
    }
}
