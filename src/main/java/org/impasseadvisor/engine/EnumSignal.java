package org.impasseadvisor.engine;

import java.util.function.Function;
import org.impasseadvisor.descriptor.Field;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** A descriptor field holding one enum value; null when the caller did not send it. */
public record EnumSignal<E extends Enum<E>>(String name, Class<E> type, Function<ImpasseDescriptor, E> reader) {

    /** The signal of a field of the table. */
    public EnumSignal(Field.OfValue<E> field) {
        this(field.path(), field.vocabulary(), field.accessor());
    }

    public E read(ImpasseDescriptor descriptor) {
        return reader.apply(descriptor);
    }

    @Override
    public String toString() {
        return name;
    }
}
