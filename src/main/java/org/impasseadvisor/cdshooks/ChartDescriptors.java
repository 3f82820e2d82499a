package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.impasseadvisor.cdshooks.fhir.AgeGroups;
import org.impasseadvisor.cdshooks.fhir.ChartMeasure;
import org.impasseadvisor.cdshooks.fhir.ChartValues;
import org.impasseadvisor.cdshooks.fhir.ConcernCodes;
import org.impasseadvisor.cdshooks.fhir.QuestionnaireResponses;
import org.impasseadvisor.cdshooks.prefetch.PrefetchTemplates;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.DescriptorFields;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.json.DescriptorReader;
import org.impasseadvisor.descriptor.json.DescriptorReading;

/**
 * The chart's FHIR data → an impasse descriptor, read by the same reader as a REST body: the impasse record's
 * answers, the age group of the Patient, the concerns of the Conditions and each {@link ChartMeasure} of the
 * Observations. Only coded values and numbers are taken over: no identifier and no free text of the chart
 * reaches the descriptor, so none reaches the record.
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
        ChartValues values = responses.latest(data.get(PrefetchTemplates.IMPASSE)).orElseGet(ChartValues::new);
        Set<Concern> diagnosed = ConcernCodes.of(data.get(PrefetchTemplates.CONDITIONS));
        if (!diagnosed.isEmpty()) { // no coded diagnosis is not "no concern"
            values.addAll(DescriptorFields.CONCERNS, diagnosed);
        }
        AgeGroups.of(data.get(PrefetchTemplates.PATIENT), today)
                .ifPresent(group -> values.put(DescriptorFields.AGE_GROUP, group));
        for (ChartMeasure measure : ChartMeasure.values()) {
            measure.latest(data.get(measure.prefetchKey())).ifPresent(value -> values.put(measure.field(), value));
        }
        values.put(DescriptorFields.LIMIT, limit);
        DescriptorReading reading = DescriptorReader.readChart(values.body());
        if (!reading.isValid()) {
            throw new IllegalArgumentException("the chart makes no valid descriptor: " + reading.errors());
        }
        ImpasseDescriptor descriptor = reading.descriptor();
        return descriptor.isRiskScreen() ? new RiskScreen(descriptor.asRiskScreen()) : new Impasse(descriptor);
    }
}
