package org.impasseadvisor.cdshooks;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the CDS Hooks service presents itself and reaches an EHR's FHIR server. */
@ConfigMapping(prefix = "impasse.cds")
public interface CdsConfig {

    /**
     * The public base URL of this service, e.g. {@code https://impasse.example.org}: used for card
     * links and for the JWT {@code aud} check behind a proxy. Absent: the URL of the request.
     */
    Optional<String> publicBaseUrl();

    /** Base of the canonical URLs this service defines (its Questionnaire and code systems). */
    @WithDefault("https://impasseadvisor.org/fhir")
    String canonicalBase();

    /** How many strategies a call may return as cards, besides the alert cards. */
    @WithDefault("5")
    int strategyCards();

    /**
     * Time allowed for all the FHIR reads of one call together, pages included, when prefetch keys are
     * missing: they are read in parallel, and the call is answered with what arrived by then.
     */
    @WithDefault("PT2S")
    Duration fetchDeadline();

    /** The most pages of one search read from {@code fhirServer} by following Bundle {@code next} links. */
    @WithDefault("10")
    int fetchMaxPages();

    /**
     * Allows a plain-http {@code fhirServer} on a loopback address (127.0.0.0/8, ::1, localhost), for
     * trials and tests. Off: only https is read, so the EHR's access token never travels in clear text.
     */
    @WithDefault("false")
    boolean allowLoopbackHttpFhirServer();

    /**
     * The largest service call or feedback body, and the largest FHIR answer read from {@code fhirServer}.
     * FHIR resources carry photos and narrative, so this is far above the REST API's limit.
     */
    @WithDefault("4M")
    MemorySize maxBodySize();

    /** The canonical URL of the impasse Questionnaire. */
    default String questionnaireUrl() {
        return canonicalBase() + "/Questionnaire/impasse";
    }

    /** The code system of the override reasons offered on cards. */
    default String overrideReasonSystem() {
        return canonicalBase() + "/CodeSystem/override-reason";
    }

    /** The code system of the answers to one Questionnaire item, named by its descriptor field. */
    default String answerSystem(String field) {
        return canonicalBase() + "/CodeSystem/" + field;
    }
}
