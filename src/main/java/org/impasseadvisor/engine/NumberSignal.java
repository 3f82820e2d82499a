package org.impasseadvisor.engine;

import java.util.function.Function;
import org.impasseadvisor.descriptor.Field;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** A numeric descriptor field; null when the caller did not send it. */
public record NumberSignal(String name, Function<ImpasseDescriptor, ? extends Number> reader) {

    /** The signal of a field of the table. */
    public NumberSignal(Field.OfNumber field) {
        this(field.path(), field.accessor());
    }

    public Number read(ImpasseDescriptor descriptor) {
        return reader.apply(descriptor);
    }

    @Override
    public String toString() {
        return name;
    }
}
