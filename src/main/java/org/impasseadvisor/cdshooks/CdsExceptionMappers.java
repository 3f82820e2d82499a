package org.impasseadvisor.cdshooks;

import jakarta.ws.rs.core.Response;
import org.impasseadvisor.advice.StoreUnavailableException;
import org.impasseadvisor.cdshooks.fhir.OperationOutcome;
import org.impasseadvisor.logging.Untrusted;
import org.jboss.logging.Logger;

/**
 * Turns failures of the CDS Hooks resources into FHIR OperationOutcome answers. Used by the
 * resource classes' own {@code @ServerExceptionMapper} methods, so the REST API keeps its problem JSON.
 */
final class CdsExceptionMappers {

    static final String FHIR_JSON = "application/fhir+json";
    private static final Logger LOG = Logger.getLogger(CdsExceptionMappers.class);

    private CdsExceptionMappers() {
    }

    static Response outcome(int status, String code, String diagnostics) {
        return Response.status(status).type(FHIR_JSON).entity(OperationOutcome.error(code, diagnostics)).build();
    }

    static Response map(Throwable e) {
        if (e instanceof org.impasseadvisor.cdshooks.feedback.FeedbackRejectedException rejected) {
            return Response.status(rejected.status()).type(FHIR_JSON)
                    .entity(OperationOutcome.of(rejected.issues())).build();
        }
        if (e instanceof CdsException cds) {
            return outcome(cds.status(), cds.code(), cds.getMessage());
        }
        if (e instanceof StoreUnavailableException) {
            return Response.status(503).type(FHIR_JSON).header("Retry-After", 5)
                    .entity(OperationOutcome.error("transient",
                            "The record store is unavailable, so nothing was saved. Try again shortly."))
                    .build();
        }
        if (e instanceof jakarta.ws.rs.WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String code = status == 404 ? "not-found" : status == 415 ? "not-supported" : "invalid";
            return outcome(status, code, "The request could not be served (HTTP " + status + ").");
        }
        if (e instanceof java.io.IOException) {
            // the body could not be read: the client went away, or a body sent without a length passed
            // quarkus.http.limits.max-body-size, which the HTTP layer has already answered with a 413
            return outcome(400, "invalid", "The body could not be read.");
        }
        LOG.error("Unexpected failure in a CDS Hooks call", Untrusted.quoted(e));
        return outcome(500, "exception", "The service failed unexpectedly; it has been logged.");
    }
}
