package org.impasseadvisor.cdshooks.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the few FHIR R4 JSON elements this service uses, straight from the JSON tree. A full FHIR
 * model (HAPI FHIR structures R4) was measured at about 1.5–2 s for its first parse and 49 MB of jars,
 * which would break the start-up and latency budget for a handful of elements.
 */
public final class Resources {

    private Resources() {
    }

    /**
     * The resources of one type in a prefetch value: the resource itself, or the entries of a Bundle.
     * Anything else (null, an OperationOutcome, another type) gives none.
     */
    public static List<JsonNode> ofType(JsonNode value, String resourceType) {
        List<JsonNode> found = new ArrayList<>();
        if (value == null || !value.isObject()) {
            return found;
        }
        String type = value.path("resourceType").asText("");
        if (type.equals(resourceType)) {
            found.add(value);
        } else if (type.equals("Bundle")) {
            for (JsonNode entry : value.path("entry")) {
                JsonNode resource = entry.path("resource");
                if (resource.path("resourceType").asText("").equals(resourceType)) {
                    found.add(resource);
                }
            }
        }
        return found;
    }

    /** The codings of a CodeableConcept, as (system, code) pairs; codings without a code are skipped. */
    public static List<Coding> codings(JsonNode codeableConcept) {
        List<Coding> codings = new ArrayList<>();
        for (JsonNode coding : codeableConcept.path("coding")) {
            String code = coding.path("code").asText("");
            if (!code.isBlank()) {
                codings.add(new Coding(coding.path("system").asText(""), code.trim()));
            }
        }
        return codings;
    }

    /** True when a CodeableConcept has a coding with this system and one of these codes. */
    public static boolean hasCode(JsonNode codeableConcept, String system, String... codes) {
        for (Coding coding : codings(codeableConcept)) {
            if (coding.system().equals(system) && List.of(codes).contains(coding.code())) {
                return true;
            }
        }
        return false;
    }

    /** A FHIR Coding reduced to what is matched on. */
    public record Coding(String system, String code) {
    }
}
