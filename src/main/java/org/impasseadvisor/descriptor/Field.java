package org.impasseadvisor.descriptor;

import java.util.Set;
import java.util.function.Function;

/**
 * One field of the impasse descriptor, as {@link DescriptorFields} declares it: its path in the JSON
 * contract, what it holds (a set or one value of a vocabulary, yes/no, or a number in a range), the
 * words a clinician reads for it, and how to read it from a descriptor.
 */
public sealed interface Field permits Field.OfSet, Field.OfValue, Field.OfFlag, Field.OfNumber {

    /** The path in the JSON contract, e.g. {@code client.ageGroup}. */
    String path();

    /**
     * What the field is called in a sentence a clinician reads: a noun for a value ("stage of change"), a
     * plural noun for a set ("root causes"), and for a yes/no field the statement its "yes" makes.
     */
    String label();

    /** The type of the record component that holds the field. */
    Class<?> type();

    /** How to read the field from a descriptor. */
    Function<ImpasseDescriptor, ?> accessor();

    /** The field's value in a descriptor: a set, an enum value, a Boolean or a number; null when unknown. */
    default Object valueIn(ImpasseDescriptor descriptor) {
        return accessor().apply(descriptor);
    }

    /** The property's name in its JSON object: the path's last segment. */
    default String name() {
        return path().substring(path().lastIndexOf('.') + 1);
    }

    /** The part of the descriptor the field belongs to ({@code client}), or "" for a field of the descriptor itself. */
    default String part() {
        int dot = path().indexOf('.');
        return dot < 0 ? "" : path().substring(0, dot);
    }

    /** A set of values of a vocabulary; null when unknown, empty when none. */
    record OfSet<E extends Enum<E>>(String path, Class<E> vocabulary, String label,
            Function<ImpasseDescriptor, Set<E>> accessor) implements Field {

        public OfSet {
            requireTerm(path, vocabulary);
        }

        @Override
        public Class<?> type() {
            return Set.class;
        }
    }

    /** One value of a vocabulary; null when unknown. */
    record OfValue<E extends Enum<E>>(String path, Class<E> vocabulary, String label,
            Function<ImpasseDescriptor, E> accessor) implements Field {

        public OfValue {
            requireTerm(path, vocabulary);
        }

        @Override
        public Class<?> type() {
            return vocabulary;
        }
    }

    /** Yes or no; null when unknown. */
    record OfFlag(String path, String label, Function<ImpasseDescriptor, Boolean> accessor) implements Field {

        @Override
        public Class<?> type() {
            return Boolean.class;
        }
    }

    /**
     * A number within a range: a whole number ({@code Integer}) or any finite number ({@code Double}); null
     * when unknown.
     */
    record OfNumber(Range range, boolean whole, String label, Function<ImpasseDescriptor, ? extends Number> accessor)
            implements Field {

        @Override
        public String path() {
            return range.field();
        }

        @Override
        public Class<?> type() {
            return whole ? Integer.class : Double.class;
        }
    }

    private static void requireTerm(String path, Class<?> vocabulary) {
        if (!Term.class.isAssignableFrom(vocabulary)) {
            throw new IllegalArgumentException(path + ": " + vocabulary.getSimpleName() + " is not a Term");
        }
    }
}
