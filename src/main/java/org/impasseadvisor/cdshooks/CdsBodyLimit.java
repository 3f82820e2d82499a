package org.impasseadvisor.cdshooks;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impasseadvisor.http.BoundedBody;

/**
 * Refuses a CDS Hooks body larger than {@code impasse.cds.max-body-size} with a 413 OperationOutcome, and
 * reads a small one whole ({@link BoundedBody}).
 * The bound fits FHIR (photos, narrative), not the REST API's small descriptors; a body sent without a
 * length is bounded by {@code quarkus.http.limits.max-body-size}, which must be at least as large.
 */
@Singleton
public class CdsBodyLimit {

    /** Before the REST resources and the REST API's own limit. */
    static final int ORDER = -1_400_000_001;

    private final BoundedBody limit;

    public CdsBodyLimit(CdsConfig config,
            @ConfigProperty(name = "quarkus.rest.input-buffer-size", defaultValue = "10k") MemorySize restInputBuffer) {
        long maxBytes = config.maxBodySize().asLongValue();
        this.limit = new BoundedBody("/cds-services*", maxBytes, restInputBuffer.asLongValue(), CdsExceptionMappers.FHIR_JSON,
                "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"too-costly\","
                        + "\"diagnostics\":\"The body is larger than " + maxBytes
                        + " bytes, the most this service accepts.\"}]}");
    }

    void install(@Observes Router router) {
        limit.install(router, ORDER);
    }
}
