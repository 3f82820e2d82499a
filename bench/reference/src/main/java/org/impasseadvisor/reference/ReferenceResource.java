package org.impasseadvisor.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The recommendation endpoint's shape with none of its work: it parses the JSON body, as the product
 * does, and answers a fixed list of three strategies, serialized on every call. Like the product's
 * endpoint it runs on the I/O thread.
 */
@Path("/api/v1/recommendations")
public class ReferenceResource {

    record Strategy(int rank, String id, String title, String summary, double score, List<String> steps) {
    }

    record Answer(List<Strategy> strategies) {
    }

    private static final Answer FIXED = new Answer(List.of(
            new Strategy(1, "establish-safety-before-trauma-work", "Establish safety and support before trauma work",
                    "When fear holds the client back, make them feel safe and supported before any trauma processing.",
                    3.5, List.of("Acknowledge the fear and let the client set the pace.",
                            "Screen for dissociation before planning any trauma processing.")),
            new Strategy(2, "emdr-reprocessing", "Offer EMDR reprocessing",
                    "With PTSD and a trained therapist, trauma-focused reprocessing is a recommended treatment.",
                    2.5, List.of("Explain the phases of EMDR and what the client will experience.",
                            "Agree on a first target memory together.")),
            new Strategy(3, "discuss-the-process", "Talk about the therapy itself",
                    "Name the impasse with the client and discuss together what is and is not working.",
                    2.0, List.of("Ask what the client finds helpful and unhelpful in the sessions.",
                            "Agree on one change to try before the next session."))));

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Answer recommend(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("the body must be a JSON object");
        }
        return FIXED;
    }
}
