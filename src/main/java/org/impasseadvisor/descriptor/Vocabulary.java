package org.impasseadvisor.descriptor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every enum-valued descriptor field, by its path in the JSON contract, with its vocabulary, and the words for
 * every field; both derive from {@link DescriptorFields}. Clients build their forms from it; the reader names
 * its values when it rejects one.
 */
public final class Vocabulary {

    private static final Map<String, Class<? extends Term>> FIELDS = declare();
    private static final Map<String, String> LABELS = labels();

    private Vocabulary() {
    }

    private static Map<String, Class<? extends Term>> declare() {
        Map<String, Class<? extends Term>> fields = new LinkedHashMap<>();
        for (Field field : DescriptorFields.ALL) {
            if (field instanceof Field.OfSet<?> set) {
                fields.put(field.path(), set.vocabulary().asSubclass(Term.class));
            } else if (field instanceof Field.OfValue<?> value) {
                fields.put(field.path(), value.vocabulary().asSubclass(Term.class));
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        DescriptorFields.ALL.forEach(field -> labels.put(field.path(), field.label()));
        return Collections.unmodifiableMap(labels);
    }

    /** The words for a descriptor field in a sentence (see {@link Field#label()}), or the path itself for another. */
    public static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** Field path → the enum that holds its values, in contract order. */
    public static Map<String, Class<? extends Term>> fields() {
        return FIELDS;
    }

    /** The values of one vocabulary, in declaration order. */
    public static List<Term> values(Class<? extends Term> type) {
        return List.of(type.getEnumConstants());
    }
}
