package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.impasseadvisor.cdshooks.fhir.ImpasseQuestionnaire;
import org.impasseadvisor.engine.Engine;

/**
 * {@code GET /fhir/Questionnaire/impasse}: the FHIR R4 Questionnaire an EHR loads to record an
 * impasse. Its version is the catalog version. No JWT: it holds no data, and EHR form builders fetch it.
 */
@Path("/fhir/Questionnaire/impasse")
public class QuestionnaireResource {

    private final ObjectNode questionnaire;

    public QuestionnaireResource(Engine engine, CdsConfig config) {
        this.questionnaire = ImpasseQuestionnaire.build(config.questionnaireUrl(), engine.catalog().version(),
                config::answerSystem);
    }

    @GET
    @Produces({"application/fhir+json", "application/json"})
    public ObjectNode questionnaire() {
        return questionnaire.deepCopy();
    }
}
