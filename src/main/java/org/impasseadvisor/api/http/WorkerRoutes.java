package org.impasseadvisor.api.http;

import java.util.List;

/**
 * Which requests are served on a worker thread rather than on an event loop: every endpoint not marked
 * {@code @NonBlocking}, i.e. the CDS Hooks endpoints, the FHIR Questionnaire, the strategy pages, feedback and
 * insights. The route handler that bounds them runs before the REST layer has matched the request, so it
 * decides by path; a test checks this table against every resource method's annotations.
 */
final class WorkerRoutes {

    /** Path prefixes of the endpoints served on worker threads; the plain recommendation is not among them. */
    static final List<String> PREFIXES = List.of("/cds-services", "/fhir/", "/strategies/", "/api/v1/insights/",
            "/api/v1/recommendations/");

    private WorkerRoutes() {
    }

    /** Whether a request for this normalised path is served on a worker thread. */
    static boolean servedByWorker(String path) {
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
