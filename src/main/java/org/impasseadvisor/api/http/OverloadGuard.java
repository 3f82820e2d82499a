package org.impasseadvisor.api.http;

import io.quarkus.load.shedding.runtime.OverloadDetector;
import io.quarkus.load.shedding.runtime.PriorityLoadShedding;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impasseadvisor.api.problem.ProblemType;

/**
 * Sheds load with a 503 problem and {@code Retry-After} when the service is overloaded, instead of
 * queueing requests without bound. Overload is detected by the {@code quarkus-load-shedding} extension's
 * adaptive concurrency limit (TCP Vegas-like, tuned with {@code quarkus.load-shedding.*}); its own HTTP
 * handler, which answers a bare 503, is switched off ({@code quarkus.load-shedding.enabled=false}) and this
 * one answers in the API's problem format. Management endpoints under {@code /q/} are never shed, so
 * probes and metrics keep answering under load.
 */
@Singleton
public class OverloadGuard {

    /** After the request id, before everything else. */
    static final int ORDER = -1_500_000_000;
    static final int RETRY_AFTER_SECONDS = 2;
    private static final String BODY = "{\"type\":\"" + ProblemType.SERVICE_UNAVAILABLE.uri()
            + "\",\"title\":\"" + ProblemType.SERVICE_UNAVAILABLE.title() + "\",\"status\":503,"
            + "\"detail\":\"The service is overloaded and shed this request. Try again after Retry-After seconds,"
            + " or on another replica.\"}";

    private final OverloadDetector detector;
    private final PriorityLoadShedding priority;
    private final boolean enabled;

    public OverloadGuard(OverloadDetector detector, PriorityLoadShedding priority,
            @ConfigProperty(name = "impasse.load-shedding.enabled", defaultValue = "true") boolean enabled) {
        this.detector = detector;
        this.priority = priority;
        this.enabled = enabled;
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(ORDER).handler(this::handle);
        }
    }

    private void handle(RoutingContext context) {
        if (context.normalizedPath().startsWith("/q/")) {
            context.next();
            return;
        }
        if (detector.isOverloaded() && priority.shedLoad(context)) {
            context.response().setStatusCode(503)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                    // a new connection may reach a replica with room
                    .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                    .end(BODY);
            return;
        }
        detector.requestBegin();
        long start = System.nanoTime();
        context.addEndHandler(ignored -> detector.requestEnd(System.nanoTime() - start));
        context.next();
    }
}
