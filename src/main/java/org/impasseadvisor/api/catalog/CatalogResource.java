package org.impasseadvisor.api.catalog;

import io.quarkus.vertx.http.Compressed;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.impasseadvisor.api.problem.ProblemException;
import org.impasseadvisor.api.problem.ProblemType;
import org.impasseadvisor.descriptor.json.JsonFields;

/**
 * The catalog, read-only: its strategies one by one and as a whole, with vocabulary and rules. The whole
 * catalog and the strategy list change only with the catalog, so they carry its hash as {@code ETag},
 * answer {@code If-None-Match} with 304, and are compressed for clients that accept it (tens of kilobytes
 * of JSON, read once per page; the recommendation answer is small and left uncompressed).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private static final CacheControl FIVE_MINUTES = CacheControl.valueOf("max-age=300");

    private final CatalogViews views;
    private final EntityTag tag;

    public CatalogResource(CatalogViews views) {
        this.views = views;
        this.tag = new EntityTag(views.catalog().hash());
    }

    @GET
    @NonBlocking
    @Compressed
    @Path("/catalog")
    public Response catalog(@Context Request request) {
        return cached(request, views.catalog());
    }

    @GET
    @NonBlocking
    @Compressed
    @Path("/strategies")
    public Response strategies(@Context Request request) {
        return cached(request, views.strategies());
    }

    @GET
    @NonBlocking
    @Path("/strategies/{id}")
    public StrategyView strategy(@PathParam("id") String id) {
        return views.strategy(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "No strategy with id '" + JsonFields.abbreviate(id)
                        + "'; GET /api/v1/strategies lists them."));
    }

    private Response cached(Request request, Object body) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(body);
        return answer.tag(tag).cacheControl(FIVE_MINUTES).build();
    }
}
