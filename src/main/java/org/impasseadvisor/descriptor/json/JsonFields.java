package org.impasseadvisor.descriptor.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.impasseadvisor.descriptor.Range;

/**
 * Reads typed fields out of a parsed JSON object and collects a {@link FieldError} for each one that is
 * wrong, so a reader can report every problem in one answer. A JSON {@code null} reads as absent.
 */
public final class JsonFields {

    /** At most this many errors are listed, so a hostile body cannot make the answer huge. */
    public static final int MAX_LISTED_ERRORS = 50;
    /** An array longer than this is refused whole: no set in this API has more distinct values. */
    public static final int MAX_ARRAY_ITEMS = 64;

    private static final int NOT_AN_ITEM = -1;
    /** Each enum's constants by name, made once per enum: a lookup per value instead of a copy and a scan. */
    private static final ClassValue<Map<String, Object>> CONSTANTS_BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(constant -> ((Enum<?>) constant).name(), c -> c));
        }
    };

    private final List<FieldError> errors = new ArrayList<>();
    private int count;

    /**
     * The errors found: at most {@link #MAX_LISTED_ERRORS}, then, when there were more, one entry for
     * {@code $} that says how many were left out.
     */
    public List<FieldError> errors() {
        if (count <= errors.size()) {
            return List.copyOf(errors);
        }
        List<FieldError> listed = new ArrayList<>(errors);
        listed.add(FieldError.of("$", (count - errors.size()) + " more problem(s), not listed"));
        return List.copyOf(listed);
    }

    public boolean hasErrors() {
        return count > 0;
    }

    public void add(FieldError error) {
        count++;
        if (errors.size() < MAX_LISTED_ERRORS) {
            errors.add(error);
        }
    }

    /** A nested object, or null when absent; a nested object that is not an object is an error. */
    public JsonNode object(JsonNode parent, String name, List<String> allowed) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            add(FieldError.of(name, "must be a JSON object"));
            return null;
        }
        checkProperties(node, name + ".", allowed);
        return node;
    }

    public void checkProperties(JsonNode node, String prefix, List<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                add(new FieldError(prefix + name, "is not a property of this object", allowed));
            }
        }
    }

    public <E extends Enum<E>> Set<E> enumSet(JsonNode node, String field, Class<E> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            add(new FieldError(field, "must be an array of values", allowedValues(type)));
            return null;
        }
        if (node.size() > MAX_ARRAY_ITEMS) {
            add(FieldError.of(field, "must have at most " + MAX_ARRAY_ITEMS + " items, had " + node.size()));
            return null;
        }
        EnumSet<E> values = EnumSet.noneOf(type);
        boolean valid = true;
        for (int i = 0; i < node.size(); i++) {
            E value = enumOf(node.get(i), field, i, type);
            if (value == null) {
                valid = false;
            } else {
                values.add(value);
            }
        }
        return valid ? values : null;
    }

    public <E extends Enum<E>> E enumValue(JsonNode parent, String name, String field, Class<E> type) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : enumOf(node, field, NOT_AN_ITEM, type);
    }

    /**
     * The constant named by a JSON string, or null after adding an error for {@code field}, or for its item
     * {@code index} when that is not {@link #NOT_AN_ITEM} (the item's name is built only for an error).
     */
    private <E extends Enum<E>> E enumOf(JsonNode node, String field, int index, Class<E> type) {
        if (node.isTextual()) {
            E constant = type.cast(CONSTANTS_BY_NAME.get(type).get(node.textValue()));
            if (constant != null) {
                return constant;
            }
            add(new FieldError(itemName(field, index), "'" + abbreviate(node.textValue()) + "' is not an allowed value",
                    allowedValues(type)));
        } else {
            add(new FieldError(itemName(field, index), "must be one of the allowed values, as a string",
                    allowedValues(type)));
        }
        return null;
    }

    private static String itemName(String field, int index) {
        return index == NOT_AN_ITEM ? field : field + "[" + index + "]";
    }

    public Boolean bool(JsonNode parent, String name, String field) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            add(FieldError.of(field, "must be true or false"));
            return null;
        }
        return node.booleanValue();
    }

    public Integer integer(JsonNode parent, String name, String field, Range range) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            add(FieldError.of(field, "must be a whole number, " + range.describe()));
            return null;
        }
        if (!node.canConvertToLong() || !range.contains(node.longValue())) {
            add(FieldError.of(field, "must be " + range.describe() + ", was " + abbreviate(node.asText())));
            return null;
        }
        return node.intValue();
    }

    public Double number(JsonNode parent, String name, Range range) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            add(FieldError.of(range.field(), "must be a number, " + range.describe()));
            return null;
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value) || !range.contains(value)) {
            add(FieldError.of(range.field(), "must be " + range.describe() + ", was "
                    + abbreviate(node.asText())));
            return null;
        }
        return value;
    }

    /** A string of at most {@code maxLength} characters, or null when absent. */
    public String text(JsonNode parent, String name, String field, int maxLength) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            add(FieldError.of(field, "must be a string"));
            return null;
        }
        if (node.textValue().length() > maxLength) {
            add(FieldError.of(field, "must be at most " + maxLength + " characters, was "
                    + node.textValue().length()));
            return null;
        }
        return node.textValue();
    }

    /** True when there is already an error for this field or one of its items. */
    public boolean hasErrorFor(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "["));
    }

    /** The values of an enum, as a problem lists them. */
    public static <E extends Enum<E>> List<String> allowedValues(Class<E> type) {
        return EnumSet.allOf(type).stream().map(Enum::name).toList();
    }

    /** Echoes at most 40 characters of what the caller sent, so a problem never carries a large payload back. */
    public static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
