package org.impasseadvisor.api.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impasseadvisor.api.problem.ProblemType;

/**
 * Refuses a REST API body larger than {@code impasse.limits.api-body-size} with a 413 problem, from its
 * {@code Content-Length}, before any of it is read. A descriptor or a feedback is well under 4 KB. Bodies
 * sent without a length are bounded by {@code quarkus.http.limits.max-body-size} for the whole server.
 */
@Singleton
public class BodyLimit {

    static final int ORDER = -1_400_000_000;
    private static final String API = "/api/";

    private final long maxBytes;
    private final String body;

    public BodyLimit(@ConfigProperty(name = "impasse.limits.api-body-size", defaultValue = "65536") long maxBytes) {
        this.maxBytes = maxBytes;
        this.body = "{\"type\":\"" + ProblemType.PAYLOAD_TOO_LARGE.uri() + "\",\"title\":\""
                + ProblemType.PAYLOAD_TOO_LARGE.title() + "\",\"status\":413,\"detail\":\"The body is larger than "
                + maxBytes + " bytes, the most this API accepts.\"}";
    }

    void install(@Observes Router router) {
        router.route(API + "*").order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
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
