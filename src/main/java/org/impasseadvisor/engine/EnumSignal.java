package org.impasseadvisor.engine;

import java.util.function.Function;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** A descriptor field holding one enum value; null when the caller did not send it. */
public record EnumSignal<E extends Enum<E>>(String name, Class<E> type, Function<ImpasseDescriptor, E> reader) {

    public E read(ImpasseDescriptor descriptor) {
        return reader.apply(descriptor);
    }

    @Override
    public String toString() {
        return name;
    }
}
