package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.impasseadvisor.cdshooks.cards.CardsResponse;
import org.impasseadvisor.cdshooks.feedback.CardFeedback;
import org.impasseadvisor.cdshooks.trust.CallingEhr;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The CDS Hooks endpoints: discovery, the service call and card feedback. Bodies are read as text and
 * parsed here, so every failure, malformed JSON included, is answered with a FHIR OperationOutcome.
 */
@Path("/cds-services")
@Produces({MediaType.APPLICATION_JSON, CdsExceptionMappers.FHIR_JSON})
public class CdsServicesResource {

    private final ServiceCall call;
    private final CardFeedback feedback;
    private final CallingEhr caller;
    private final ObjectMapper mapper;
    private final CdsConfig config;
    private final Discovery discovery;

    public CdsServicesResource(ServiceCall call, CardFeedback feedback, CallingEhr caller, CdsJson json,
            CdsConfig config) {
        this.call = call;
        this.feedback = feedback;
        this.caller = caller;
        this.mapper = json.mapper();
        this.config = config;
        this.discovery = Discovery.of(config.questionnaireUrl());
    }

    @GET
    public Discovery discover() {
        return discovery;
    }

    @POST
    @Path("/{id}")
    public CardsResponse call(@PathParam("id") String id, String body, @Context UriInfo uri) {
        return call.answer(service(id), parse(body), caller.issuer(), baseUrl(uri));
    }

    @POST
    @Path("/{id}/feedback")
    public Response feedback(@PathParam("id") String id, String body) {
        service(id);
        return Response.ok(feedback.give(parse(body))).build();
    }

    @ServerExceptionMapper
    public Response failed(Throwable e) {
        return CdsExceptionMappers.map(e);
    }

    private static CdsService service(String id) {
        return CdsService.byId(id).orElseThrow(() -> new CdsException(404, "not-found",
                "No CDS service " + id + "; GET /cds-services lists them."));
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw CdsException.invalid("The body is empty; send the JSON the CDS Hooks specification describes.");
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw CdsException.invalid("The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private String baseUrl(UriInfo uri) {
        String base = config.publicBaseUrl().orElse(uri.getBaseUri().toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
