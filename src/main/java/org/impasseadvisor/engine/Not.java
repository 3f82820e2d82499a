package org.impasseadvisor.engine;

import java.util.ArrayList;
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

    /**
     * Each leaf the negated part observed, shown negated: {@code not(concerns contains PTSD)} with the
     * negated result, so a fired rule never shows a FALSE part. By De Morgan the negated leaves of
     * {@code not(any(a, b))} are exactly the parts of {@code all(not(a), not(b))}.
     */
    @Override
    public void observe(ImpasseDescriptor descriptor, List<Observation> into) {
        List<Observation> inner = new ArrayList<>(2);
        part.observe(descriptor, inner);
        for (Observation leaf : inner) {
            into.add(new Observation("not(" + leaf.condition() + ")", leaf.field(), leaf.observed(),
                    leaf.result().not()));
        }
    }
}
