package org.impasseadvisor.cdshooks.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.impasseadvisor.descriptor.DescriptorFields;
import org.impasseadvisor.descriptor.Field;

/**
 * Descriptor values taken from a chart's FHIR data, by field, and the descriptor body in the JSON contract's
 * shape they make, so that the chart is read by the same reader as a REST body. Each value is one the reader
 * accepts for its field: an enum value, a Boolean, an Integer or a Double; a set field holds enum values.
 */
public final class ChartValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<Field, Object> values = new HashMap<>();

    /** Sets the value of a field that is not a set. */
    public void put(Field field, Object value) {
        values.put(field, value);
    }

    /** Adds items to a set field; the set is known from then on, even when none is added. */
    @SuppressWarnings("unchecked")
    public void addAll(Field.OfSet<?> field, Collection<?> items) {
        ((Set<Object>) values.computeIfAbsent(field, known -> new LinkedHashSet<>())).addAll(items);
    }

    /** Forgets the value of the field at this path (e.g. {@code rootCauses}, {@code client.suicideRisk}). */
    public void remove(String path) {
        values.keySet().removeIf(field -> field.path().equals(path));
    }

    /** The descriptor body: each known field at its path, in the table's order. */
    public ObjectNode body() {
        ObjectNode body = JSON.objectNode();
        for (Field field : DescriptorFields.ALL) {
            Object value = values.get(field);
            if (value != null) {
                ObjectNode parent = field.part().isEmpty() ? body : body.withObjectProperty(field.part());
                parent.set(field.name(), json(value));
            }
        }
        return body;
    }

    private static JsonNode json(Object value) {
        if (value instanceof Collection<?> items) {
            ArrayNode array = JSON.arrayNode();
            items.forEach(item -> array.add(json(item)));
            return array;
        }
        if (value instanceof Enum<?> term) {
            return JSON.textNode(term.name());
        }
        if (value instanceof Boolean flag) {
            return JSON.booleanNode(flag);
        }
        if (value instanceof Integer whole) {
            return JSON.numberNode(whole);
        }
        return JSON.numberNode((Double) value);
    }
}
