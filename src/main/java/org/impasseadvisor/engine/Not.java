package org.impasseadvisor.engine;

import java.util.List;
import java.util.Objects;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/** Negation; the negation of UNKNOWN stays UNKNOWN, so "not known to be X" never fires on a missing field. */
public record Not(Condition part) implements Condition {

    public Not {
        Objects.requireNonNull(part, "part");
    }

    @Override
    public Truth test(ImpasseDescriptor descriptor) {
        return part.test(descriptor).not();
    }

    @Override
    public String text() {
        return "not(" + part.text() + ")";
    }

    @Override
    public void observe(ImpasseDescriptor descriptor, List<Observation> into) {
        part.observe(descriptor, into);
    }
}
