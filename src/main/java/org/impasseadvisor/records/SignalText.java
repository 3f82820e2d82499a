package org.impasseadvisor.records;

import java.util.Collection;
import org.impasseadvisor.descriptor.DescriptorFields;
import org.impasseadvisor.descriptor.Field;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/**
 * The coded signals of a descriptor as one line of text, for the record: every field of
 * {@link DescriptorFields} that is known, in the table's order. Only enum values, flags and numbers: a
 * descriptor holds no identifier and no free text, so neither does this.
 */
final class SignalText {

    private SignalText() {
    }

    static String of(ImpasseDescriptor d) {
        StringBuilder text = new StringBuilder(256);
        for (Field field : DescriptorFields.ALL) {
            add(text, field.path(), field.valueIn(d));
        }
        return text.toString();
    }

    /** Appends {@code field=value}, a collection as {@code [A,B]}; the writer thread builds one per record. */
    private static void add(StringBuilder text, String field, Object value) {
        if (value == null) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(';');
        }
        text.append(field).append('=');
        if (value instanceof Collection<?> values) {
            text.append('[');
            boolean first = true;
            for (Object item : values) {
                text.append(first ? "" : ",").append(item);
                first = false;
            }
            text.append(']');
        } else {
            text.append(value);
        }
    }
}
