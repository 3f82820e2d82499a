package org.impasseadvisor.cdshooks.prefetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impasseadvisor.cdshooks.CdsConfig;
import org.impasseadvisor.cdshooks.CdsException;
import org.impasseadvisor.cdshooks.CdsRequest;

/**
 * Completes the prefetch of a call: a value sent is used (a JSON null: the EHR has no data); a key
 * the EHR did not fill, or filled with an OperationOutcome (its own fetch failed), is read from
 * {@code fhirServer}. When that is impossible the call is answered 412, naming the keys.
 */
@ApplicationScoped
public class PrefetchResolver {

    private final FhirFetcher fetcher;
    private final Map<String, String> templates;

    public PrefetchResolver(FhirFetcher fetcher, CdsConfig config) {
        this.fetcher = fetcher;
        this.templates = PrefetchTemplates.of(config.questionnaireUrl());
    }

    public Map<String, JsonNode> resolve(CdsRequest request) {
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
        if (missing.isEmpty()) {
            return data;
        }
        if (request.fhirServer() == null) {
            throw new CdsException(412, "incomplete", "Prefetch is missing " + String.join(", ", missing)
                    + " and the call has no fhirServer to read it from.");
        }
        for (String key : missing) {
            String query = templates.get(key).replace("{{context.patientId}}", request.patientId());
            try {
                JsonNode value = fetcher.read(request.fhirServer(), query, request.accessToken());
                data.put(key, value == null ? NullNode.getInstance() : value);
            } catch (FhirFetcher.FetchFailedException e) {
                throw new CdsException(412, "incomplete",
                        "Prefetch " + key + " is missing and could not be read from fhirServer: " + e.getMessage() + ".");
            }
        }
        return data;
    }

    private static boolean isOperationOutcome(JsonNode value) {
        return value.isObject() && "OperationOutcome".equals(value.path("resourceType").asText());
    }
}
