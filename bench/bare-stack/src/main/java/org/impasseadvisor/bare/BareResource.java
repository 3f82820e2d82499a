package org.impasseadvisor.bare;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Answers the recommendation path (so the same training run and start-up probe work) with the body's size. */
@Path("/api/v1/recommendations")
public class BareResource {

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> answer(JsonNode body) {
        return Map.of("fields", body.size());
    }
}
