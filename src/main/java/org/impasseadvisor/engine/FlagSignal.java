package org.impasseadvisor.engine;

import java.util.function.Function;
import org.impasseadvisor.descriptor.Field;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** A yes/no descriptor field; null when the caller did not send it. */
public record FlagSignal(String name, Function<ImpasseDescriptor, Boolean> reader) {

    /** The signal of a field of the table. */
    public FlagSignal(Field.OfFlag field) {
        this(field.path(), field.accessor());
    }

    public Boolean read(ImpasseDescriptor descriptor) {
        return reader.apply(descriptor);
    }

    @Override
    public String toString() {
        return name;
    }
}
