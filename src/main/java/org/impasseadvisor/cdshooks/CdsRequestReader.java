package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.impasseadvisor.cdshooks.prefetch.FhirServers;

/**
 * Checks the parts of a service call this service relies on and names every problem at once. Anything
 * else the EHR sends, {@code extension} included, is ignored, never a reason for a 400.
 */
final class CdsRequestReader {

    private CdsRequestReader() {
    }

    /** @param allowLoopbackHttp whether a plain-http fhirServer on a loopback address is read */
    static CdsRequest read(CdsService service, JsonNode body, boolean allowLoopbackHttp) {
        if (body == null || !body.isObject()) {
            throw CdsException.invalid("The body must be a JSON object.");
        }
        List<String> problems = new ArrayList<>();
        String hook = text(body, "hook", problems);
        if (hook != null && !hook.equals(service.hook())) {
            problems.add("hook must be " + service.hook() + " for the service " + service.id());
        }
        String hookInstance = text(body, "hookInstance", problems);
        JsonNode context = body.path("context");
        String userId = null;
        String patientId = null;
        String encounterId = null;
        if (!context.isObject()) {
            problems.add("context is required and must be an object");
        } else {
            userId = text(context, "userId", problems);
            patientId = text(context, "patientId", problems);
            encounterId = context.path("encounterId").isTextual() ? context.path("encounterId").asText() : null;
            if (service.encounterRequired() && encounterId == null) {
                problems.add("context.encounterId is required for " + service.hook());
            }
            if (patientId != null && !patientId.matches("[A-Za-z0-9\\-.]{1,64}")) {
                problems.add("context.patientId must be a FHIR id");
            }
        }
        String fhirServer = null;
        String fhirServerUnread = null;
        if (body.hasNonNull("fhirServer")) {
            fhirServer = body.path("fhirServer").asText("");
            Optional<String> malformed = FhirServers.malformed(fhirServer);
            malformed.ifPresent(problems::add);
            if (malformed.isEmpty()) {
                fhirServerUnread = FhirServers.unread(fhirServer, allowLoopbackHttp).orElse(null);
            }
        }
        String accessToken = null;
        JsonNode authorization = body.path("fhirAuthorization");
        if (authorization.isObject()) {
            accessToken = authorization.path("access_token").isTextual()
                    ? authorization.path("access_token").asText() : null;
            if (accessToken == null) {
                problems.add("fhirAuthorization.access_token is required when fhirAuthorization is sent");
            }
            if (fhirServer == null) {
                problems.add("fhirAuthorization is only allowed with fhirServer");
            }
        } else if (!authorization.isMissingNode() && !authorization.isNull()) {
            problems.add("fhirAuthorization must be an object");
        }
        Map<String, JsonNode> prefetch = new LinkedHashMap<>();
        JsonNode sent = body.path("prefetch");
        if (sent.isObject()) {
            sent.fields().forEachRemaining(e -> prefetch.put(e.getKey(), e.getValue()));
        } else if (!sent.isMissingNode() && !sent.isNull()) {
            problems.add("prefetch must be an object");
        }
        if (!problems.isEmpty()) {
            throw CdsException.invalid("The service call is not valid: " + String.join("; ", problems) + ".");
        }
        if (fhirServerUnread != null) {
            // the call is still answered from what was prefetched: the safety card must not wait on a URL
            return new CdsRequest(hook, hookInstance, userId, patientId, encounterId, null, null, prefetch,
                    fhirServerUnread);
        }
        return new CdsRequest(hook, hookInstance, userId, patientId, encounterId, fhirServer, accessToken, prefetch,
                null);
    }

    private static String text(JsonNode node, String field, List<String> problems) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            problems.add(field + " is required and must be a string");
            return null;
        }
        return value.asText();
    }
}
