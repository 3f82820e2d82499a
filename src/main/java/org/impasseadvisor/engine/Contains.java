package org.impasseadvisor.engine;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** True when a set field holds a value; unknown when the set was not sent. */
public record Contains<E extends Enum<E>>(SetSignal<E> signal, E value) implements Condition {

    public Contains {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public Truth test(ImpasseDescriptor descriptor) {
        Set<E> values = signal.read(descriptor);
        return values == null ? Truth.UNKNOWN : Truth.of(values.contains(value));
    }

    @Override
    public String text() {
        return signal.name() + " contains " + value.name();
    }

    @Override
    public void observe(ImpasseDescriptor descriptor, List<Observation> into) {
        Set<E> values = signal.read(descriptor);
        String observed = values == null ? Observation.MISSING : values.toString();
        into.add(new Observation(text(), signal.name(), observed, test(descriptor)));
    }
}
