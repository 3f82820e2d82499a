package org.impasseadvisor.api.cors;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.impasseadvisor.api.problem.ProblemType;

/**
 * CORS for the REST API and the web component, with its own list of origins
 * ({@code impasse.api.cors.origins}). Quarkus's CORS filter is global and configured for the CDS Hooks
 * endpoints; this handler runs before it on {@code /api/v1/**} and {@code /embed/**}, answers preflights
 * itself and, once it has allowed a request, takes the {@code Origin} header off so the global filter does
 * not judge the request again by the CDS Hooks origins. A refused origin gets a 403 problem that says how
 * to allow it, never an empty body. Written by hand because Quarkus has one CORS policy per server.
 */
@Singleton
public class ApiCors {

    /** Before Quarkus's CORS filter (route order -300) and before load shedding. */
    static final int ORDER = -1_600_000_000;
    static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-Request-Id, traceparent, Idempotency-Key";
    static final String EXPOSED_HEADERS = "X-Request-Id, Retry-After, Location, ETag";
    private static final Set<String> ALLOWED_METHOD_NAMES = Set.of("GET", "POST", "OPTIONS");
    private static final Set<String> ALLOWED_HEADER_NAMES = Set.of(ALLOWED_HEADERS.toLowerCase(Locale.ROOT).split(", "));

    private final Set<String> origins;
    private final boolean credentials;
    private final String maxAge;

    public ApiCors(ApiCorsConfig config) {
        this.origins = config.origins().orElse(List.of()).stream()
                .map(String::trim).filter(o -> !o.isEmpty()).map(ApiCors::normalise).collect(Collectors.toUnmodifiableSet());
        this.credentials = config.allowCredentials();
        this.maxAge = String.valueOf(config.maxAge());
    }

    void install(@Observes Router router) {
        router.route("/api/v1/*").order(ORDER).handler(this::handle);
        router.route("/embed/*").order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            context.next();
            return;
        }
        context.response().headers().add(HttpHeaders.VARY, "Origin");
        boolean preflight = request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (sameOrigin(request, origin)) {
            request.headers().remove(HttpHeaders.ORIGIN);
            context.next();
            return;
        }
        if (!origins.contains(normalise(origin))) {
            refuse(context, "The origin is not allowed to call this service from a browser; add it to"
                    + " impasse.api.cors.origins to allow it.");
            return;
        }
        var response = context.response();
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        if (credentials) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        }
        if (preflight) {
            String method = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD).trim();
            if (!ALLOWED_METHOD_NAMES.contains(method)) {
                refuse(context, "Browsers may use " + ALLOWED_METHODS + " on this service.");
                return;
            }
            String asked = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
            if (asked != null && !allHeadersAllowed(asked)) {
                refuse(context, "Browsers may send these headers to this service: " + ALLOWED_HEADERS + ".");
                return;
            }
            response.setStatusCode(204)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, maxAge)
                    .end();
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        // Allowed here: the global CORS filter, set for the CDS Hooks origins, must not refuse it again.
        request.headers().remove(HttpHeaders.ORIGIN);
        context.next();
    }

    private static boolean allHeadersAllowed(String asked) {
        for (String header : asked.split(",")) {
            String name = header.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !ALLOWED_HEADER_NAMES.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /** A page of this service itself (the demo page, Swagger UI): browsers send Origin on its POSTs too. */
    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        String host = request.getHeader(HttpHeaders.HOST);
        if (host == null) {
            return false;
        }
        return normalise(origin).equals(normalise(request.scheme() + "://" + host));
    }

    /** Lower case, without a trailing slash or the scheme's default port. */
    static String normalise(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return origin.trim().toLowerCase(Locale.ROOT);
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return origin.trim().toLowerCase(Locale.ROOT);
        }
    }

    private static void refuse(RoutingContext context, String detail) {
        ProblemType type = ProblemType.FORBIDDEN;
        context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":"
                        + type.status() + ",\"detail\":\"" + detail + "\"}");
    }
}
