package org.impasseadvisor.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The body of a request, bounded and read whole before the REST layer runs. A body longer than {@code maxBytes}
 * by its {@code Content-Length} is refused with a 413 and a pre-encoded answer before any of it is read. A
 * body of declared length up to {@code wholeBytes} is read as it arrives, in the event loop's turn that parsed
 * the headers when it came in the same packets, and handed to the REST layer whole (HTTP/1.x). A longer one,
 * one sent after {@code Expect: 100-continue}, one without a length, and any on HTTP/2 are left to the REST
 * layer, which reads them its own way: its whole-body hand-over holds only up to its input buffer
 * ({@code quarkus.rest.input-buffer-size}), and on HTTP/2 it pauses the request, which an HTTP/2 request
 * refuses once its body has been read. Each protocol installs its own, on its own paths, with its own bound
 * and error format (problem JSON, FHIR OperationOutcome); a body sent without a length is bounded by
 * {@code quarkus.http.limits.max-body-size} for the whole server. A body read here is read before
 * authentication; what that can cost is {@code wholeBytes} per request the overload guard admits.
 *
 * <p>Why read it here: the REST layer resumes the request and receives the body on a later turn of the event
 * loop. With many connections an event loop parses a whole batch of requests before it serves any, so every
 * request's objects outlive the young collections (BENCHMARKS.md, "Overload"); read here, a request that arrived
 * whole is answered in the turn that read it. Written by hand rather than with Vert.x Web's {@code BodyHandler},
 * which fails the request, and so logs an error, when a client goes away in the middle of its body.
 *
 * @param paths      the route pattern, e.g. {@code /api/*}
 * @param maxBytes   the longest body accepted, by its declared length
 * @param wholeBytes the longest body read here; at most the REST layer's input buffer
 * @param mediaType  the 413 answer's content type
 * @param answer     the 413 answer's body
 */
public record BoundedBody(String paths, long maxBytes, long wholeBytes, String mediaType, String answer) {

    /** Installs the bound and the reading on {@code router} at {@code order}, before the routes that read bodies. */
    public void install(Router router, int order) {
        router.route(paths).order(order).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        long length = declaredLength(request.getHeader(HttpHeaders.CONTENT_LENGTH));
        if (length > maxBytes) {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, mediaType)
                    .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                    .end(answer);
            return;
        }
        if (length <= 0 || length > wholeBytes || request.isEnded() || request.version() == HttpVersion.HTTP_2
                || request.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
            context.next();
            return;
        }
        Buffer body = Buffer.buffer((int) length);
        request.handler(body::appendBuffer);
        request.endHandler(ended -> {
            context.setBody(body);
            context.next();
        });
        // The client went away mid-body: there is nobody to answer, and the connection's end releases the request.
        request.exceptionHandler(failure -> { });
        request.resume();
    }

    /** The declared length, or -1 when there is none; the HTTP layer refuses a malformed one itself. */
    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
