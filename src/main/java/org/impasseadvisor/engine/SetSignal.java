package org.impasseadvisor.engine;

import java.util.Set;
import java.util.function.Function;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** A descriptor field holding a set of enum values; null when the caller did not send it. */
public record SetSignal<E extends Enum<E>>(String name, Class<E> type, Function<ImpasseDescriptor, Set<E>> reader) {

    public Set<E> read(ImpasseDescriptor descriptor) {
        return reader.apply(descriptor);
    }

    @Override
    public String toString() {
        return name;
    }
}
