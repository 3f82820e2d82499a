package org.impasseadvisor.cdshooks;

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

    /** Time allowed for each FHIR read when a prefetch key is missing. */
    @WithDefault("PT3S")
    Duration fetchTimeout();

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
