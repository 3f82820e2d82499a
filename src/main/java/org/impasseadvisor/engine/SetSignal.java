package org.impasseadvisor.engine;

import java.util.Set;
import java.util.function.Function;
import org.impasseadvisor.descriptor.Field;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** A descriptor field holding a set of enum values; null when the caller did not send it. */
public record SetSignal<E extends Enum<E>>(String name, Class<E> type, Function<ImpasseDescriptor, Set<E>> reader) {

    /** The signal of a field of the table. */
    public SetSignal(Field.OfSet<E> field) {
        this(field.path(), field.vocabulary(), field.accessor());
    }

    public Set<E> read(ImpasseDescriptor descriptor) {
        return reader.apply(descriptor);
    }

    @Override
    public String toString() {
        return name;
    }
}
