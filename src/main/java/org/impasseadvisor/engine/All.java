package org.impasseadvisor.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** Conjunction: FALSE if any part is FALSE, else UNKNOWN if any part is UNKNOWN, else TRUE. */
public record All(List<Condition> parts) implements Condition {

    public All {
        if (parts == null || parts.size() < 2) {
            throw new IllegalArgumentException("all(...) needs at least two conditions");
        }
        parts = List.copyOf(parts);
    }

    @Override
    public Truth test(ImpasseDescriptor descriptor) {
        Truth result = Truth.TRUE;
        for (Condition part : parts) {
            Truth truth = part.test(descriptor);
            if (truth == Truth.FALSE) {
                return Truth.FALSE;
            }
            if (truth == Truth.UNKNOWN) {
                result = Truth.UNKNOWN;
            }
        }
        return result;
    }

    @Override
    public String text() {
        return parts.stream().map(Condition::text).collect(Collectors.joining(", ", "all(", ")"));
    }

    @Override
    public void observe(ImpasseDescriptor descriptor, List<Observation> into) {
        parts.forEach(part -> part.observe(descriptor, into));
    }
}
