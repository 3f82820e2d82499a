package org.impasseadvisor.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** Disjunction: TRUE if any part is TRUE, else UNKNOWN if any part is UNKNOWN, else FALSE. */
public record Any(List<Condition> parts) implements Condition {

    public Any {
        if (parts == null || parts.size() < 2) {
            throw new IllegalArgumentException("any(...) needs at least two conditions");
        }
        parts = List.copyOf(parts);
    }

    @Override
    public Truth test(ImpasseDescriptor descriptor) {
        Truth result = Truth.FALSE;
        for (Condition part : parts) {
            Truth truth = part.test(descriptor);
            if (truth == Truth.TRUE) {
                return Truth.TRUE;
            }
            if (truth == Truth.UNKNOWN) {
                result = Truth.UNKNOWN;
            }
        }
        return result;
    }

    @Override
    public String text() {
        return parts.stream().map(Condition::text).collect(Collectors.joining(", ", "any(", ")"));
    }

    @Override
    public void observe(ImpasseDescriptor descriptor, List<Observation> into) {
        parts.forEach(part -> part.observe(descriptor, into));
    }
}
