package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
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
import org.impasseadvisor.descriptor.json.FieldError;

/**
 * The chart's FHIR data → an impasse descriptor, read by the same reader as a REST body: the impasse record's
 * answers, the age group of the Patient, the concerns of the Conditions and each {@link ChartMeasure} of the
 * Observations. Only coded values and numbers are taken over: no identifier and no free text of the chart
 * reaches the descriptor, so none reaches the record.
 */
final class ChartDescriptors {

    private ChartDescriptors() {
    }

    /**
     * What the chart says: an impasse, or no impasse but data the safety alerts must still see; and the
     * values it held that no descriptor may hold (e.g. more root causes than a descriptor takes), which were
     * left out so that the rest, the safety data above all, is still read.
     */
    sealed interface Reading permits Impasse, RiskScreen {
        List<FieldError> unusable();
    }

    record Impasse(ImpasseDescriptor descriptor, List<FieldError> unusable) implements Reading {
    }

    /** No impasse recorded: the catalog's safety alerts decide whether the chart's data raises a card. */
    record RiskScreen(ImpasseDescriptor descriptor, List<FieldError> unusable) implements Reading {
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
        List<FieldError> unusable = List.of();
        if (!reading.isValid()) {
            // Each value was checked alone; only a rule across values (the number of root causes) fails here.
            unusable = reading.errors();
            unusable.forEach(error -> values.remove(error.field().replaceFirst("\\[.*", "")));
            reading = DescriptorReader.readChart(values.body());
            if (!reading.isValid()) {
                throw new IllegalStateException("the chart's values make no descriptor: " + reading.errors());
            }
        }
        ImpasseDescriptor descriptor = reading.descriptor();
        return descriptor.isRiskScreen() ? new RiskScreen(descriptor.asRiskScreen(), unusable)
                : new Impasse(descriptor, unusable);
    }
}
