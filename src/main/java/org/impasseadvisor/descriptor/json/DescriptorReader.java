package org.impasseadvisor.descriptor.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.DescriptorFields;
import org.impasseadvisor.descriptor.DescriptorFields.Part;
import org.impasseadvisor.descriptor.Field;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.RootCause;

/**
 * Reads an impasse descriptor from a parsed JSON body and reports every problem at once: unknown
 * properties, wrong types, unknown enum values (with the allowed values), out-of-range numbers and a
 * missing or empty list of root causes. A JSON {@code null} is read as absent, which means unknown.
 * Every field is read as {@link DescriptorFields} declares it.
 */
public final class DescriptorReader {

    private final JsonFields fields = new JsonFields();
    private final boolean impasseRequired;

    private DescriptorReader(boolean impasseRequired) {
        this.impasseRequired = impasseRequired;
    }

    /** Reads a descriptor, or collects every problem with the body. */
    public static DescriptorReading read(JsonNode body) {
        return new DescriptorReader(true).readBody(body);
    }

    /**
     * Reads a descriptor built from an EHR chart: as {@link #read} does, except that a body without a root cause
     * is a risk screen (see {@link ImpasseDescriptor}), not a problem.
     */
    public static DescriptorReading readChart(JsonNode body) {
        return new DescriptorReader(false).readBody(body);
    }

    /**
     * Reads one value of a field as a body's reader does, e.g. one answer of a FHIR QuestionnaireResponse: the
     * value read (for a set field, the one item it holds), or null when a body holding it would be refused.
     */
    public static Object valueOf(Field field, JsonNode value) {
        ObjectNode holder = JsonNodeFactory.instance.objectNode();
        holder.set(field.name(), field instanceof Field.OfSet ? holder.arrayNode().add(value) : value);
        Object read = new DescriptorReader(true).value(holder, field.name(), field);
        return read instanceof Set<?> items ? items.iterator().next() : read;
    }

    private DescriptorReading readBody(JsonNode body) {
        if (body == null || !body.isObject()) {
            fields.add(FieldError.of("$", "the body must be a JSON object"));
            return new DescriptorReading(null, fields.errors());
        }
        fields.checkProperties(body, "", DescriptorFields.PROPERTIES);
        Set<RootCause> rootCauses = set(body, DescriptorFields.ROOT_CAUSES);
        String path = DescriptorFields.ROOT_CAUSES.path();
        if (rootCauses == null && !impasseRequired) {
            rootCauses = Set.of();
        } else if (rootCauses == null && !fields.hasErrorFor(path)) {
            fields.add(FieldError.of(path, "is required: name at least one root cause"));
        } else if (rootCauses != null && rootCauses.isEmpty() && impasseRequired) {
            fields.add(FieldError.of(path, "must name at least one root cause"));
        } else if (rootCauses != null && rootCauses.size() > ImpasseDescriptor.MAX_ROOT_CAUSES) {
            fields.add(FieldError.of(path, "must name at most " + ImpasseDescriptor.MAX_ROOT_CAUSES + " root causes"));
        }
        Set<Concern> concerns = set(body, DescriptorFields.CONCERNS);
        var client = part(body, DescriptorFields.CLIENT);
        var alliance = part(body, DescriptorFields.ALLIANCE);
        var progress = part(body, DescriptorFields.PROGRESS);
        var measures = part(body, DescriptorFields.MEASURES);
        var therapist = part(body, DescriptorFields.THERAPIST);
        Integer limit = (Integer) value(body, DescriptorFields.LIMIT.path(), DescriptorFields.LIMIT);
        if (fields.hasErrors()) {
            return new DescriptorReading(null, fields.errors());
        }
        return new DescriptorReading(new ImpasseDescriptor(rootCauses, concerns, client, alliance, progress,
                measures, therapist, limit == null ? ImpasseDescriptor.DEFAULT_LIMIT : limit), List.of());
    }

    /** A set of the descriptor's own object, whose name is its path. */
    private <E extends Enum<E>> Set<E> set(JsonNode node, Field.OfSet<E> field) {
        return fields.enumSet(node.get(field.path()), field.path(), field.vocabulary());
    }

    /** A part's record, null when absent; a wrong field reads as unknown and its error is collected. */
    private <R extends Record> R part(JsonNode body, Part<R> part) {
        JsonNode node = fields.object(body, part.name(), part.names());
        if (node == null) {
            return null;
        }
        List<Field> partFields = part.fields();
        List<String> names = part.names();
        Object[] values = new Object[partFields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(node, names.get(i), partFields.get(i));
        }
        return part.build(values);
    }

    /**
     * The value of one field, property {@code name} of a JSON object; null when absent or wrong (the error is
     * collected). The name comes from the part, worked out once, not from the path on every read.
     */
    private Object value(JsonNode node, String name, Field field) {
        if (field instanceof Field.OfSet<?> set) {
            return fields.enumSet(node.get(name), field.path(), set.vocabulary());
        }
        if (field instanceof Field.OfValue<?> value) {
            return fields.enumValue(node, name, field.path(), value.vocabulary());
        }
        if (field instanceof Field.OfFlag) {
            return fields.bool(node, name, field.path());
        }
        Field.OfNumber number = (Field.OfNumber) field;
        if (number.whole()) {
            return fields.integer(node, name, field.path(), number.range());
        }
        return fields.number(node, name, number.range());
    }
}
