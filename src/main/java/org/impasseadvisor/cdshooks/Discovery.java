package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.impasseadvisor.cdshooks.prefetch.PrefetchTemplates;

/** The discovery answer: {@code {"services":[…]}}. */
public record Discovery(List<Service> services) {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Service(String hook, String id, String title, String description, Map<String, String> prefetch,
            String usageRequirements) {
    }

    static Discovery of(String questionnaireUrl) {
        Map<String, String> prefetch = PrefetchTemplates.of(questionnaireUrl);
        String usage = "Record the impasse with the FHIR Questionnaire " + questionnaireUrl
                + " (served at /fhir/Questionnaire/impasse). Without it, only suicide-risk alerts are shown.";
        return new Discovery(Arrays.stream(CdsService.values())
                .map(s -> new Service(s.hook(), s.id(), s.title(), s.description(), prefetch, usage))
                .toList());
    }
}
