package org.impasseadvisor.api.recommendation;

import java.util.List;
import org.impasseadvisor.engine.Observation;

/**
 * What a leaf condition saw in the descriptor.
 *
 * @param observed the value it read, or {@code missing} when the caller did not send the field
 * @param result   TRUE, FALSE or UNKNOWN
 */
public record ObservationView(String condition, String field, String observed, String result) {

    static List<ObservationView> of(List<Observation> observations) {
        return observations.stream()
                .map(o -> new ObservationView(o.condition(), o.field(), o.observed(), o.result().name()))
                .toList();
    }
}
