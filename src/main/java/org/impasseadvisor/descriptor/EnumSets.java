package org.impasseadvisor.descriptor;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable enum sets that iterate in declaration order, so answers never depend on input order. */
final class EnumSets {

    private EnumSets() {
    }

    /** An immutable copy, or null when the set is unknown. */
    static <E extends Enum<E>> Set<E> copyOrNull(Collection<E> values, Class<E> type, String field) {
        if (values == null) {
            return null;
        }
        EnumSet<E> copy = EnumSet.noneOf(type);
        // Iterate rather than ask contains(null): immutable collections such as Set.of throw on it.
        for (E value : values) {
            if (value == null) {
                throw new IllegalArgumentException(field + " must not contain null");
            }
            copy.add(value);
        }
        return Collections.unmodifiableSet(copy);
    }
}
