package org.impasseadvisor.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body larger than {@code maxBytes} with a 413 and a pre-encoded answer, from its
 * {@code Content-Length}, before any of it is read. Each protocol installs its own, on its own paths, with
 * its own bound and error format (problem JSON, FHIR OperationOutcome); bodies sent without a length are
 * bounded by {@code quarkus.http.limits.max-body-size} for the whole server.
 *
 * @param paths     the route pattern, e.g. {@code /api/*}
 * @param mediaType the answer's content type
 * @param answer    the 413 answer's body
 */
public record ContentLengthLimit(String paths, long maxBytes, String mediaType, String answer) {

    /** Installs the check on {@code router} at {@code order}, before the routes that read bodies. */
    public void install(Router router, int order) {
        router.route(paths).order(order).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, mediaType)
                    .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                    .end(answer);
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
