package org.impasseadvisor.api.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impasseadvisor.api.problem.ProblemType;
import org.impasseadvisor.http.BoundedBody;

/**
 * Refuses a REST API body larger than {@code impasse.limits.api-body-size} with a 413 problem, from its
 * {@code Content-Length}, before any of it is read, and reads a small one whole ({@link BoundedBody}). A descriptor or a feedback is well under 4 KB.
 */
@Singleton
public class BodyLimit {

    static final int ORDER = -1_400_000_000;

    private final BoundedBody limit;

    public BodyLimit(@ConfigProperty(name = "impasse.limits.api-body-size", defaultValue = "65536") long maxBytes,
            @ConfigProperty(name = "quarkus.rest.input-buffer-size", defaultValue = "10k") MemorySize restInputBuffer) {
        this.limit = new BoundedBody("/api/*", maxBytes, restInputBuffer.asLongValue(), "application/problem+json",
                "{\"type\":\"" + ProblemType.PAYLOAD_TOO_LARGE.uri() + "\",\"title\":\""
                        + ProblemType.PAYLOAD_TOO_LARGE.title() + "\",\"status\":413,\"detail\":\"The body is larger than "
                        + maxBytes + " bytes, the most this API accepts.\"}");
    }

    void install(@Observes Router router) {
        limit.install(router, ORDER);
    }
}
