package org.impasseadvisor.cdshooks.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.impasseadvisor.descriptor.DescriptorFields;
import org.impasseadvisor.descriptor.Field;

/**
 * Each measure the chart gives as Observations, one row each: the descriptor field it fills, the prefetch key
 * that asks the EHR for it, and the LOINC codes it is recorded under. A new measure or a new code is a row or
 * a code here; the prefetch templates, the discovery document and the chart reading follow.
 */
public enum ChartMeasure {

    /** PHQ-9 total score [Reported]; the CMS (MDS 3.0) mood interview total is the same 0–27 sum. */
    PHQ9_TOTAL(DescriptorFields.PHQ9_TOTAL, "phq9", "44261-6", "54654-9"),
    PHQ9_ITEM9(DescriptorFields.PHQ9_ITEM9, "phq9item9", "44260-8"),
    GAD7_TOTAL(DescriptorFields.GAD7_TOTAL, "gad7", "70274-6"),
    PCL5_TOTAL(DescriptorFields.PCL5_TOTAL, "pcl5", "101698-9");

    private final Field.OfNumber field;
    private final String prefetchKey;
    private final List<String> loinc;

    ChartMeasure(Field.OfNumber field, String prefetchKey, String... loinc) {
        this.field = field;
        this.prefetchKey = prefetchKey;
        this.loinc = List.of(loinc);
    }

    /** The descriptor field it fills. */
    public Field.OfNumber field() {
        return field;
    }

    /** The key of its query in the service's prefetch templates. */
    public String prefetchKey() {
        return prefetchKey;
    }

    /** Its LOINC codes; any of them gives the measure. */
    public List<String> loinc() {
        return loinc;
    }

    /** Its latest usable value in a prefetch value (see {@link MeasureCodes}). */
    public Optional<Integer> latest(JsonNode observations) {
        return MeasureCodes.latest(observations, loinc, field.range());
    }
}
