package org.impasseadvisor.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import jakarta.ws.rs.core.Response;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.impasseadvisor.advice.StoreUnavailableException;
import org.impasseadvisor.advice.feedback.IdempotencyKeyReusedException;
import org.impasseadvisor.advice.feedback.StrategyNotRecommendedException;
import org.impasseadvisor.advice.feedback.UnknownRecommendationException;
import org.impasseadvisor.logging.Untrusted;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error into an RFC 9457 problem: validation, malformed JSON, HTTP-level errors (404, 405,
 * 406, 415) and anything unexpected, which is logged and answered without a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response unknownRecommendation(UnknownRecommendationException e) {
        return respond(Problem.of(ProblemType.NOT_FOUND, "No recommendation with this id was answered,"
                + " or it is older than the retention period."));
    }

    @ServerExceptionMapper
    public Response strategyNotRecommended(StrategyNotRecommendedException e) {
        return respond(Problem.of(ProblemType.CONFLICT, "That recommendation did not return this strategy;"
                + " it returned: " + String.join(", ", e.returned().stream().sorted().toList()) + "."));
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return respond(Problem.of(ProblemType.UNPROCESSABLE_CONTENT, "This Idempotency-Key was already used for"
                + " other feedback on this recommendation (another strategy or outcome); send new feedback with a"
                + " new key."));
    }

    @ServerExceptionMapper
    public Response storeUnavailable(StoreUnavailableException e) {
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                        "The record store is unavailable, so nothing was read or saved. Try again shortly."))
                .build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        // never the token, nor why exactly it failed: that would help whoever forges one
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(Problem.of(ProblemType.UNAUTHORIZED, "This API needs a valid bearer token: one signed by"
                        + " the configured issuer, not expired.")).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "The token is valid but lacks the role this operation"
                + " needs (impasse.recommend, impasse.feedback or impasse.insights)."));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(Problem.of(ProblemType.MALFORMED_JSON,
                "The body is not valid JSON" + where + ": " + e.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException malformed) {
            return malformedJson(malformed);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(Untrusted.quoted(e), "HTTP layer failed with status %d", status);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "No resource at this path.";
            case METHOD_NOT_ALLOWED -> "This path does not accept that method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_ACCEPTABLE -> "This resource answers application/json.";
            case PAYLOAD_TOO_LARGE -> "The body is larger than this service accepts.";
            case SERVICE_UNAVAILABLE -> "The service cannot take this request now. Try again shortly.";
            case UNAUTHORIZED -> "This API needs a valid bearer token.";
            case FORBIDDEN -> "The token lacks the role this operation needs.";
            default -> "The request could not be served.";
        };
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), status, detail, null));
        if (status == 503) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        List<Object> allow = e.getResponse().getHeaders().get("Allow");
        if (allow != null) {
            allow.forEach(method -> response.header("Allow", method));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected failure", Untrusted.quoted(e));
        return respond(Problem.of(ProblemType.INTERNAL_ERROR, "The service failed unexpectedly; it has been logged."));
    }

    public static Response respond(Problem problem) {
        if (LOG.isDebugEnabled()) {
            // the type only: details can echo what the caller sent
            LOG.debugf("Answered %d %s", problem.status(), problem.type());
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
