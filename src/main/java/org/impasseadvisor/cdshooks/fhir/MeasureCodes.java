package org.impasseadvisor.cdshooks.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.impasseadvisor.descriptor.Range;

/**
 * Observations → one measure each, by the LOINC codes {@link ChartMeasure} gives it: the latest final value of
 * those codes that is a whole number within the measure's range. A value outside it is not guessed at: the
 * measure stays unknown.
 * The value may be the Observation's own or that of a component with the code (a panel such as PHQ-9
 * {@code 44249-1} may carry its items as components), at the Observation's time.
 */
public final class MeasureCodes {

    /** LOINC answers to the PHQ-9 items ("Not at all" … "Nearly every day") → their item score. */
    static final Map<String, Integer> PHQ_FREQUENCY_ANSWERS =
            Map.of("LA6568-5", 0, "LA6569-3", 1, "LA6570-1", 2, "LA6571-9", 3);

    private static final List<String> USABLE_STATUS = List.of("final", "amended", "corrected");

    private record Value(FhirTimes.When when, int value) {
    }

    private MeasureCodes() {
    }

    /**
     * The latest usable value of these LOINC codes in a prefetch value, within the range. Of two values
     * recorded at the same time, the higher counts: for a risk item, the safer reading.
     */
    public static Optional<Integer> latest(JsonNode observations, List<String> loinc, Range range) {
        List<Value> values = new ArrayList<>();
        for (JsonNode observation : Resources.ofType(observations, "Observation")) {
            if (!USABLE_STATUS.contains(observation.path("status").asText(""))) {
                continue;
            }
            FhirTimes.When when = FhirTimes.effective(observation);
            if (hasCode(observation.path("code"), loinc)) {
                value(observation).filter(range::contains).ifPresent(v -> values.add(new Value(when, v)));
            }
            for (JsonNode component : observation.path("component")) {
                if (hasCode(component.path("code"), loinc)) {
                    value(component).filter(range::contains).ifPresent(v -> values.add(new Value(when, v)));
                }
            }
        }
        return values.stream()
                .max(Comparator.comparing(Value::when, FhirTimes.When.CHRONOLOGICAL).thenComparing(Value::value))
                .map(Value::value);
    }

    private static boolean hasCode(JsonNode code, List<String> loinc) {
        return Resources.hasCode(code, CodeSystems.LOINC, loinc.toArray(String[]::new));
    }

    /** The value of an Observation or of one of its components. */
    private static Optional<Integer> value(JsonNode observed) {
        JsonNode quantity = observed.path("valueQuantity").path("value");
        if (quantity.isNumber()) {
            return whole(quantity.doubleValue());
        }
        JsonNode integer = observed.path("valueInteger");
        if (integer.isNumber()) {
            return whole(integer.doubleValue());
        }
        JsonNode text = observed.path("valueString");
        if (text.isTextual() && text.asText().trim().matches("\\d{1,3}")) {
            return Optional.of(Integer.parseInt(text.asText().trim())); // as US Core's own PHQ-9 example sends it
        }
        for (Resources.Coding coding : Resources.codings(observed.path("valueCodeableConcept"))) {
            if (coding.system().equals(CodeSystems.LOINC) && PHQ_FREQUENCY_ANSWERS.containsKey(coding.code())) {
                return Optional.of(PHQ_FREQUENCY_ANSWERS.get(coding.code()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> whole(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1_000 ? Optional.of((int) value) : Optional.empty();
    }
}
