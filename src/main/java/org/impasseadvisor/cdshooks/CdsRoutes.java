package org.impasseadvisor.cdshooks;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers a request under {@code /cds-services} that no endpoint serves (an unknown path, or a method a
 * path does not take) with a FHIR OperationOutcome, before the REST API's problem JSON could: an EHR
 * reads OperationOutcomes there. CORS preflights pass through.
 */
public class CdsRoutes {

    private static final String ROOT = "/cds-services";

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> route(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String method = request.getMethod();
        if (!(path.equals(ROOT) || path.startsWith(ROOT + "/")) || method.equals("OPTIONS")) {
            return Optional.empty();
        }
        String[] parts = path.substring(ROOT.length()).split("/", -1);
        // parts: [""] for the root, ["", id] for a service, ["", id, "feedback"] for its feedback
        String allowed;
        if (parts.length == 1 || parts.length == 2 && parts[1].isEmpty()) {
            allowed = "GET";
        } else if (parts.length == 2 || parts.length == 3 && parts[2].equals("feedback")) {
            allowed = "POST";
        } else {
            return Optional.of(CdsExceptionMappers.outcome(404, "not-found",
                    "No such CDS Hooks endpoint; GET /cds-services lists the services."));
        }
        if (method.equals(allowed) || method.equals("HEAD") && allowed.equals("GET")) {
            return Optional.empty();
        }
        return Optional.of(Response.fromResponse(CdsExceptionMappers.outcome(405, "not-supported",
                "This CDS Hooks endpoint takes " + allowed + " only.")).header("Allow", allowed).build());
    }
}
