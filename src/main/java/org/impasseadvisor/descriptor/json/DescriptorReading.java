package org.impasseadvisor.descriptor.json;

import java.util.List;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/**
 * The outcome of reading a JSON body: a descriptor, or every problem found in it (never both).
 */
public record DescriptorReading(ImpasseDescriptor descriptor, List<FieldError> errors) {

    public DescriptorReading {
        errors = List.copyOf(errors);
        if ((descriptor == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a reading holds either a descriptor or errors");
        }
    }

    public boolean isValid() {
        return descriptor != null;
    }
}
