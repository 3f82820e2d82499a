package org.impasseadvisor.api.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.impasseadvisor.advice.Channel;
import org.impasseadvisor.advice.feedback.FeedbackResult;
import org.impasseadvisor.advice.feedback.FeedbackService;
import org.impasseadvisor.api.problem.Problem;
import org.impasseadvisor.api.problem.ProblemException;
import org.impasseadvisor.api.problem.ProblemType;
import org.impasseadvisor.descriptor.json.FieldError;

/**
 * {@code POST /api/v1/recommendations/{id}/feedback}: acknowledged with 201 only once committed, and
 * idempotent: the same recommendation, strategy and outcome is one feedback, answered the same each time.
 */
@Path("/api/v1/recommendations/{recommendationId}/feedback")
public class FeedbackResource {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Visible ASCII, as an HTTP header value a client generates (usually a UUID). */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private static final IdParameter RECOMMENDATION_ID = new IdParameter("recommendationId", "recommendation id",
            "must be the UUID a recommendation answered with");
    private static final IdParameter FEEDBACK_ID = new IdParameter("feedbackId", "feedback id",
            "must be the feedbackId a feedback answered with");

    private final FeedbackService feedback;

    public FeedbackResource(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response give(@PathParam("recommendationId") String recommendationId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, JsonNode body) {
        UUID id = parseId(recommendationId, RECOMMENDATION_ID);
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new ProblemException(Problem.invalid("The Idempotency-Key header is not valid.",
                    List.of(FieldError.of("Idempotency-Key", "must be 1 to 255 visible ASCII characters"))));
        }
        FeedbackResult result = feedback.give(id, FeedbackReader.read(body), Channel.REST, idempotencyKey);
        return Response.created(location(result)).entity(FeedbackView.of(result)).build();
    }

    @GET
    @Path("/{feedbackId}")
    @Produces(MediaType.APPLICATION_JSON)
    public FeedbackView get(@PathParam("recommendationId") String recommendationId,
            @PathParam("feedbackId") String feedbackId) {
        UUID recommendation = parseId(recommendationId, RECOMMENDATION_ID);
        UUID id = parseId(feedbackId, FEEDBACK_ID);
        return feedback.find(recommendation, id).map(FeedbackView::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                        "No feedback with this id on this recommendation."));
    }

    private static URI location(FeedbackResult result) {
        return URI.create("/api/v1/recommendations/" + result.recommendationId() + "/feedback/" + result.id());
    }

    /** Only the canonical 36-character form: UUID.fromString alone also takes values like 1-1-1-1-1. */
    private static UUID parseId(String value, IdParameter parameter) {
        if (CANONICAL_UUID.matcher(value).matches()) {
            return UUID.fromString(value);
        }
        throw new ProblemException(Problem.invalid("The " + parameter.noun() + " is not a UUID.",
                List.of(FieldError.of(parameter.field(), parameter.message()))));
    }

    private record IdParameter(String field, String noun, String message) {
    }
}
