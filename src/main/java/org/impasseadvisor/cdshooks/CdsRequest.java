package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A CDS Hooks service call, as far as this service reads it.
 *
 * @param fhirServer       the EHR's FHIR base URL, or null when it lets no one fetch or it is not read
 * @param accessToken      {@code fhirAuthorization.access_token}, or null; never logged
 * @param prefetch         key → value as sent; a JSON null means the EHR has no data for it
 * @param fhirServerUnread why the fhirServer the EHR sent is not read, or null
 */
public record CdsRequest(
        String hook,
        String hookInstance,
        String userId,
        String patientId,
        String encounterId,
        String fhirServer,
        String accessToken,
        Map<String, JsonNode> prefetch,
        String fhirServerUnread) {

    /** A patient or a related person using a portal: clinician cards are not for them. */
    public boolean fromPatientPortal() {
        return userId.startsWith("Patient/") || userId.startsWith("RelatedPerson/");
    }

    @Override
    public String toString() {
        return "CdsRequest[hook=" + hook + ", hookInstance=" + hookInstance + "]";
    }
}
