package org.impasseadvisor.cdshooks.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.impasseadvisor.descriptor.Range;

/**
 * Observations → one measure each, by LOINC code: the latest final value of that code that is a whole
 * number within the measure's range. A value outside it is not guessed at: the measure stays unknown.
 */
public final class MeasureCodes {

    public static final String PHQ9_TOTAL = "44261-6";
    public static final String PHQ9_ITEM9 = "44260-8";
    public static final String GAD7_TOTAL = "70274-6";
    public static final String PCL5_TOTAL = "101698-9";

    /** LOINC answers to the PHQ-9 items ("Not at all" … "Nearly every day") → their item score. */
    static final Map<String, Integer> PHQ_FREQUENCY_ANSWERS =
            Map.of("LA6568-5", 0, "LA6569-3", 1, "LA6570-1", 2, "LA6571-9", 3);

    private static final List<String> USABLE_STATUS = List.of("final", "amended", "corrected");

    private MeasureCodes() {
    }

    /** The latest usable value of one LOINC code in a prefetch value, within the range. */
    public static Optional<Integer> latest(JsonNode observations, String loinc, Range range) {
        return Resources.ofType(observations, "Observation").stream()
                .filter(o -> USABLE_STATUS.contains(o.path("status").asText("")))
                .filter(o -> Resources.hasCode(o.path("code"), CodeSystems.LOINC, loinc))
                .filter(o -> value(o).filter(range::contains).isPresent())
                .max(Comparator.comparing(MeasureCodes::effective))
                .flatMap(MeasureCodes::value);
    }

    private static Optional<Integer> value(JsonNode observation) {
        JsonNode quantity = observation.path("valueQuantity").path("value");
        if (quantity.isNumber()) {
            return whole(quantity.doubleValue());
        }
        JsonNode integer = observation.path("valueInteger");
        if (integer.isNumber()) {
            return whole(integer.doubleValue());
        }
        for (Resources.Coding coding : Resources.codings(observation.path("valueCodeableConcept"))) {
            if (coding.system().equals(CodeSystems.LOINC) && PHQ_FREQUENCY_ANSWERS.containsKey(coding.code())) {
                return Optional.of(PHQ_FREQUENCY_ANSWERS.get(coding.code()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> whole(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1_000 ? Optional.of((int) value) : Optional.empty();
    }

    /** ISO date-times of one form compare as text; an observation without a time sorts first. */
    private static String effective(JsonNode observation) {
        String when = observation.path("effectiveDateTime").asText("");
        if (when.isEmpty()) {
            when = observation.path("effectivePeriod").path("start").asText("");
        }
        if (when.isEmpty()) {
            when = observation.path("issued").asText("");
        }
        return when;
    }
}
