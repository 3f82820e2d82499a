package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.impasseadvisor.cdshooks.fhir.AgeGroups;
import org.impasseadvisor.cdshooks.fhir.ConcernCodes;
import org.impasseadvisor.cdshooks.fhir.ImpasseAnswers;
import org.impasseadvisor.cdshooks.fhir.MeasureCodes;
import org.impasseadvisor.cdshooks.fhir.QuestionnaireResponses;
import org.impasseadvisor.cdshooks.prefetch.PrefetchTemplates;
import org.impasseadvisor.descriptor.Alliance;
import org.impasseadvisor.descriptor.Client;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.Measures;
import org.impasseadvisor.descriptor.Progress;
import org.impasseadvisor.descriptor.Therapist;

/**
 * The chart's FHIR data → an impasse descriptor. Only coded values and numbers are taken over: no
 * identifier and no free text of the chart reaches the descriptor, so none reaches the record.
 */
final class ChartDescriptors {

    private ChartDescriptors() {
    }

    /** What the chart says: an impasse, or no impasse but data the safety alerts must still see. */
    sealed interface Reading permits Impasse, RiskScreen {
    }

    record Impasse(ImpasseDescriptor descriptor) implements Reading {
    }

    /** No impasse recorded: the catalog's safety alerts decide whether the chart's data raises a card. */
    record RiskScreen(ImpasseDescriptor descriptor) implements Reading {
    }

    static Reading read(Map<String, JsonNode> data, QuestionnaireResponses responses, LocalDate today, int limit) {
        ImpasseAnswers answers = responses.latest(data.get(PrefetchTemplates.IMPASSE)).orElse(ImpasseAnswers.NONE);
        Set<Concern> concerns = EnumSet.noneOf(Concern.class);
        concerns.addAll(ConcernCodes.of(data.get(PrefetchTemplates.CONDITIONS)));
        if (answers.concerns() != null) {
            concerns.addAll(answers.concerns());
        }
        boolean concernsKnown = !concerns.isEmpty() || answers.concerns() != null;
        Measures measures = new Measures(
                MeasureCodes.latest(data.get(PrefetchTemplates.PHQ9), MeasureCodes.PHQ9_TOTAL, Measures.PHQ9_TOTAL)
                        .orElse(null),
                MeasureCodes.latest(data.get(PrefetchTemplates.PHQ9_ITEM9), MeasureCodes.PHQ9_ITEM9,
                        Measures.PHQ9_ITEM9).orElse(null),
                MeasureCodes.latest(data.get(PrefetchTemplates.GAD7), MeasureCodes.GAD7_TOTAL, Measures.GAD7_TOTAL)
                        .orElse(null),
                MeasureCodes.latest(data.get(PrefetchTemplates.PCL5), MeasureCodes.PCL5_TOTAL, Measures.PCL5_TOTAL)
                        .orElse(null));
        Client client = new Client(AgeGroups.of(data.get(PrefetchTemplates.PATIENT), today).orElse(null),
                answers.attendance(), answers.readiness(), answers.suicideRisk(), answers.culturalFactors(),
                answers.returning());
        if (!answers.rootCauses().isEmpty()) {
            return new Impasse(new ImpasseDescriptor(answers.rootCauses(), concernsKnown ? concerns : null, client,
                    new Alliance(answers.srsTotal(), answers.ruptureMarkers()),
                    new Progress(answers.sessionsCompleted(), answers.weeksWithoutProgress(), answers.orsTrend()),
                    measures, new Therapist(answers.trainedIn()), limit));
        }
        return new RiskScreen(new ImpasseDescriptor(Set.of(), concernsKnown ? concerns : null, client, null, null,
                measures, null, 1));
    }
}
