package org.impasseadvisor.cdshooks;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Refuses a CDS Hooks body larger than {@code impasse.cds.max-body-size} with a 413 OperationOutcome,
 * from its {@code Content-Length}, before any of it is read. The bound fits FHIR (photos, narrative),
 * not the REST API's small descriptors; a body sent without a length is bounded by
 * {@code quarkus.http.limits.max-body-size}, which must be at least as large.
 */
@Singleton
public class CdsBodyLimit {

    /** Before the REST resources and the REST API's own limit. */
    static final int ORDER = -1_400_000_001;

    private final long maxBytes;
    private final String body;

    public CdsBodyLimit(CdsConfig config) {
        this.maxBytes = config.maxBodySize().asLongValue();
        this.body = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"too-costly\","
                + "\"diagnostics\":\"The body is larger than " + maxBytes + " bytes, the most this service accepts.\"}]}";
    }

    void install(@Observes Router router) {
        router.route("/cds-services*").order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, CdsExceptionMappers.FHIR_JSON)
                    .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                    .end(body);
            return;
        }
        context.next();
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }
}
