package org.impasseadvisor.api.catalog;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.impasseadvisor.api.problem.ProblemException;
import org.impasseadvisor.api.problem.ProblemType;
import org.impasseadvisor.descriptor.json.JsonFields;

/** The catalog, read-only: its strategies one by one and as a whole, with vocabulary and rules. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private final CatalogViews views;

    public CatalogResource(CatalogViews views) {
        this.views = views;
    }

    @GET
    @NonBlocking
    @Path("/catalog")
    public CatalogView catalog() {
        return views.catalog();
    }

    @GET
    @NonBlocking
    @Path("/strategies")
    public StrategyListView strategies() {
        return views.strategies();
    }

    @GET
    @NonBlocking
    @Path("/strategies/{id}")
    public StrategyView strategy(@PathParam("id") String id) {
        return views.strategy(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "No strategy with id '" + JsonFields.abbreviate(id)
                        + "'; GET /api/v1/strategies lists them."));
    }
}
