package org.impasseadvisor.api.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.impasseadvisor.api.problem.Problem;
import org.impasseadvisor.api.problem.ProblemException;
import org.impasseadvisor.audit.Channel;
import org.impasseadvisor.audit.FeedbackResult;
import org.impasseadvisor.audit.FeedbackService;
import org.impasseadvisor.descriptor.json.FieldError;

/** {@code POST /api/v1/recommendations/{id}/feedback}: acknowledged with 201 only once committed. */
@Path("/api/v1/recommendations/{recommendationId}/feedback")
public class FeedbackResource {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final FeedbackService feedback;

    public FeedbackResource(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response give(@PathParam("recommendationId") String recommendationId, JsonNode body) {
        UUID id = parseId(recommendationId);
        FeedbackResult result = feedback.give(id, FeedbackReader.read(body), Channel.REST);
        return Response.status(Response.Status.CREATED).entity(FeedbackView.of(result)).build();
    }

    /** Only the canonical 36-character form: UUID.fromString alone also takes values like 1-1-1-1-1. */
    private static UUID parseId(String value) {
        if (CANONICAL_UUID.matcher(value).matches()) {
            return UUID.fromString(value);
        }
        throw new ProblemException(Problem.invalid("The recommendation id is not a UUID.",
                List.of(FieldError.of("recommendationId", "must be the UUID a recommendation answered with"))));
    }
}
