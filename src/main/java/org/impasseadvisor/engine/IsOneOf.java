package org.impasseadvisor.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** True when a single-valued enum field is one of the given values; unknown when the field was not sent. */
public record IsOneOf<E extends Enum<E>>(EnumSignal<E> signal, Set<E> values) implements Condition {

    public IsOneOf {
        Objects.requireNonNull(signal, "signal");
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("IsOneOf on " + signal.name() + " needs at least one value");
        }
        values = Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    @Override
    public Truth test(ImpasseDescriptor descriptor) {
        E value = signal.read(descriptor);
        return value == null ? Truth.UNKNOWN : Truth.of(values.contains(value));
    }

    @Override
    public String text() {
        if (values.size() == 1) {
            return signal.name() + " is " + values.iterator().next().name();
        }
        return values.stream().map(Enum::name)
                .collect(Collectors.joining(", ", signal.name() + " is one of {", "}"));
    }

    @Override
    public void observe(ImpasseDescriptor descriptor, List<Observation> into) {
        E value = signal.read(descriptor);
        String observed = value == null ? Observation.MISSING : value.name();
        into.add(new Observation(text(), signal.name(), observed, test(descriptor)));
    }
}
