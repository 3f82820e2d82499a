package org.impasseadvisor.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The recommendation endpoint's shape with none of its work: it parses the JSON body, as the product
 * does, and answers a fixed list of three strategies, serialized on every call. The answer is the
 * product's own answer to bench/typical.json (fixed-answer.json), so both send the same bytes. Like the
 * product's endpoint it runs on the I/O thread.
 */
@Path("/api/v1/recommendations")
public class ReferenceResource {

    private final JsonNode fixed;

    public ReferenceResource(ObjectMapper mapper) {
        try (InputStream in = ReferenceResource.class.getResourceAsStream("/fixed-answer.json")) {
            fixed = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode recommend(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("the body must be a JSON object");
        }
        return fixed;
    }
}
