package org.impasseadvisor.engine;

import java.util.function.Function;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** A numeric descriptor field; null when the caller did not send it. */
public record NumberSignal(String name, Function<ImpasseDescriptor, ? extends Number> reader) {

    public Number read(ImpasseDescriptor descriptor) {
        return reader.apply(descriptor);
    }

    @Override
    public String toString() {
        return name;
    }
}
