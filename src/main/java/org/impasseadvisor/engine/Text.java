package org.impasseadvisor.engine;

import java.util.List;

/** Fail-fast checks for the catalog's texts, with messages that name the offending value. */
final class Text {

    private Text() {
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    static List<String> requireTexts(List<String> values, String what) {
        if (values == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        values.forEach(value -> requireText(value, what + " entry"));
        return List.copyOf(values);
    }
}
