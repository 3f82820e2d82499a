package org.impasseadvisor.cdshooks;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.impasseadvisor.http.ContentLengthLimit;

/**
 * Refuses a CDS Hooks body larger than {@code impasse.cds.max-body-size} with a 413 OperationOutcome.
 * The bound fits FHIR (photos, narrative), not the REST API's small descriptors; a body sent without a
 * length is bounded by {@code quarkus.http.limits.max-body-size}, which must be at least as large.
 */
@Singleton
public class CdsBodyLimit {

    /** Before the REST resources and the REST API's own limit. */
    static final int ORDER = -1_400_000_001;

    private final ContentLengthLimit limit;

    public CdsBodyLimit(CdsConfig config) {
        long maxBytes = config.maxBodySize().asLongValue();
        this.limit = new ContentLengthLimit("/cds-services*", maxBytes, CdsExceptionMappers.FHIR_JSON,
                "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"too-costly\","
                        + "\"diagnostics\":\"The body is larger than " + maxBytes
                        + " bytes, the most this service accepts.\"}]}");
    }

    void install(@Observes Router router) {
        limit.install(router, ORDER);
    }
}
