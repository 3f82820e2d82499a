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
import org.impasseadvisor.api.problem.Problem;
import org.impasseadvisor.api.problem.ProblemException;
import org.impasseadvisor.audit.Channel;
import org.impasseadvisor.audit.FeedbackResult;
import org.impasseadvisor.audit.FeedbackService;
import org.impasseadvisor.descriptor.json.FieldError;

/** {@code POST /api/v1/recommendations/{id}/feedback}: acknowledged with 201 only once committed. */
@Path("/api/v1/recommendations/{recommendationId}/feedback")
public class FeedbackResource {

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

    private static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.invalid("The recommendation id is not a UUID.",
                    List.of(FieldError.of("recommendationId", "must be the UUID a recommendation answered with"))));
        }
    }
}
