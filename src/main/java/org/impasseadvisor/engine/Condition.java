package org.impasseadvisor.engine;

import java.util.List;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/**
 * A test on an impasse descriptor. A small closed family of records, not opaque lambdas, so every
 * condition can print a canonical text (listed in the catalog and hashed) and say what it observed.
 */
public sealed interface Condition permits Contains, IsOneOf, AtLeast, AtMost, Below, IsTrue, All, Any, Not {

    /** TRUE, FALSE, or UNKNOWN when a field it needs is missing. */
    Truth test(ImpasseDescriptor descriptor);

    /** The canonical text, e.g. {@code measures.phq9Item9 >= 1}; two conditions with the same text are the same. */
    String text();

    /** Adds one observation per leaf condition, in order, with the value each one saw. */
    void observe(ImpasseDescriptor descriptor, List<Observation> into);
}
