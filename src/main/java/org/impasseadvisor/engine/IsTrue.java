package org.impasseadvisor.engine;

import java.util.List;
import java.util.Objects;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** True when a yes/no field is yes; unknown when the field was not sent. */
public record IsTrue(FlagSignal signal) implements Condition {

    public IsTrue {
        Objects.requireNonNull(signal, "signal");
    }

    @Override
    public Truth test(ImpasseDescriptor descriptor) {
        Boolean value = signal.read(descriptor);
        return value == null ? Truth.UNKNOWN : Truth.of(value);
    }

    @Override
    public String text() {
        return signal.name() + " is true";
    }

    @Override
    public void observe(ImpasseDescriptor descriptor, List<Observation> into) {
        Boolean value = signal.read(descriptor);
        into.add(new Observation(text(), signal.name(), value == null ? Observation.MISSING : value.toString(),
                test(descriptor)));
    }
}
