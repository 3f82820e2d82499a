package org.impasseadvisor.engine;

import java.util.List;
import java.util.Objects;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** True when a numeric field is at most a threshold; unknown when the field was not sent. */
public record AtMost(NumberSignal signal, double threshold) implements Condition {

    public AtMost {
        Objects.requireNonNull(signal, "signal");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("AtMost on " + signal.name() + " needs a finite threshold");
        }
    }

    @Override
    public Truth test(ImpasseDescriptor descriptor) {
        Number value = signal.read(descriptor);
        return value == null ? Truth.UNKNOWN : Truth.of(value.doubleValue() <= threshold);
    }

    @Override
    public String text() {
        return signal.name() + " <= " + Numbers.format(threshold);
    }

    @Override
    public void observe(ImpasseDescriptor descriptor, List<Observation> into) {
        into.add(new Observation(text(), signal.name(), Numbers.format(signal.read(descriptor)), test(descriptor)));
    }
}
