package org.impasseadvisor.api.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.function.Consumer;
import org.impasseadvisor.api.problem.ProblemType;

/**
 * Bounds the requests served at once and sheds the excess with a 503 and {@code Retry-After}, instead of
 * queueing without bound ({@code impasse.load-shedding.*}; see {@link InFlightLimit}). Requests answered on
 * the event loops and requests served on worker threads ({@link WorkerRoutes}) have a bound each: a blocking
 * call costs a thread and its parsed body for its whole life, an event-loop request only a turn of the loop. Only the excess is
 * shed, and a client that retries at once waits in the queue instead of spinning on 503s (measured in
 * BENCHMARKS.md, "Overload").
 *
 * <p>A shed answer costs little: its body and headers are encoded once, nothing is logged, and the
 * connection stays open unless {@code impasse.load-shedding.close-connection} is set. The REST API's answer
 * is a problem; a CDS Hooks call's is a FHIR OperationOutcome, as every CDS Hooks error is. Management
 * endpoints under {@code /q/} are never counted nor shed, so probes and metrics answer under any load.
 */
@Singleton
public class OverloadGuard {

    /** After the request id, before everything else. */
    static final int ORDER = -1_500_000_000;
    static final int RETRY_AFTER_SECONDS = 2;
    private static final String CDS_HOOKS = "/cds-services";
    private static final CharSequence RETRY_AFTER_NAME = HttpHeaders.createOptimized("Retry-After");
    private static final CharSequence RETRY_AFTER = HttpHeaders.createOptimized(String.valueOf(RETRY_AFTER_SECONDS));
    private static final CharSequence PROBLEM_JSON = HttpHeaders.createOptimized("application/problem+json");
    private static final CharSequence FHIR_JSON = HttpHeaders.createOptimized("application/fhir+json");
    private static final Buffer PROBLEM = Buffer.buffer("{\"type\":\"" + ProblemType.SERVICE_UNAVAILABLE.uri()
            + "\",\"title\":\"" + ProblemType.SERVICE_UNAVAILABLE.title() + "\",\"status\":503,"
            + "\"detail\":\"The service is overloaded and shed this request. Try again after Retry-After seconds,"
            + " or on another replica.\"}");
    private static final Buffer OUTCOME = Buffer.buffer("{\"resourceType\":\"OperationOutcome\",\"issue\":[{"
            + "\"severity\":\"error\",\"code\":\"transient\",\"diagnostics\":\"The service is overloaded and shed"
            + " this call. Try again after Retry-After seconds.\"}]}");

    private final LoadSheddingConfig config;
    private final Vertx vertx;
    private final InFlightLimit eventLoops;
    private final InFlightLimit workers;

    public OverloadGuard(LoadSheddingConfig config, Vertx vertx, MeterRegistry registry) {
        this.config = config;
        this.vertx = vertx;
        long timeout = config.queueTimeout().toNanos();
        this.eventLoops = new InFlightLimit("impasse.load-shedding.", config.maxInFlight(), config.queueSize(), timeout,
                shedder(registry, "event-loop"));
        this.workers = new InFlightLimit("impasse.load-shedding.worker.", config.worker().maxInFlight(),
                config.worker().queueSize(), timeout, shedder(registry, "worker"));
        gauges(registry, eventLoops, "event-loop");
        gauges(registry, workers, "worker");
    }

    void install(@Observes Router router) {
        if (config.enabled()) {
            router.route().order(ORDER).handler(this::handle);
            // waiters are shed within a quarter of the timeout after it expires
            vertx.setPeriodic(Math.max(10, config.queueTimeout().toMillis() / 4), ignored -> {
                eventLoops.expire();
                workers.expire();
            });
        }
    }

    private void handle(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith("/q/")) {
            context.next();
            return;
        }
        (WorkerRoutes.servedByWorker(path) ? workers : eventLoops).offer(context);
    }

    private static void gauges(MeterRegistry registry, InFlightLimit limit, String threads) {
        Gauge.builder("impasse.requests.in.flight", limit, InFlightLimit::inFlight).tag("threads", threads)
                .description("Requests being served (management endpoints excluded)").register(registry);
        Gauge.builder("impasse.requests.waiting", limit, InFlightLimit::waiting).tag("threads", threads)
                .description("Requests waiting to be served").register(registry);
    }

    private Consumer<RoutingContext> shedder(MeterRegistry registry, String threads) {
        Counter counter = Counter.builder("impasse.requests.shed").tag("threads", threads)
                .description("Requests answered 503 because the service was serving all it admits at once")
                .register(registry);
        return context -> shed(context, counter);
    }

    private void shed(RoutingContext context, Counter shed) {
        shed.increment();
        // A request shed after waiting is paused: resumed, its unread body is read and dropped, and its connection
        // goes on to the next request. For one never paused this does nothing.
        context.request().resume();
        boolean cdsHooks = context.normalizedPath().startsWith(CDS_HOOKS);
        HttpServerResponse response = context.response().setStatusCode(503);
        MultiMap headers = response.headers();
        headers.set(HttpHeaders.CONTENT_TYPE, cdsHooks ? FHIR_JSON : PROBLEM_JSON);
        headers.set(RETRY_AFTER_NAME, RETRY_AFTER);
        if (config.closeConnection()) {
            headers.set(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        response.end(cdsHooks ? OUTCOME : PROBLEM);
    }
}
