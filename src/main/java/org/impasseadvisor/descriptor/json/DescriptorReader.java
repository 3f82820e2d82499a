package org.impasseadvisor.descriptor.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.impasseadvisor.descriptor.AgeGroup;
import org.impasseadvisor.descriptor.Alliance;
import org.impasseadvisor.descriptor.Attendance;
import org.impasseadvisor.descriptor.Client;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.Measures;
import org.impasseadvisor.descriptor.OrsTrend;
import org.impasseadvisor.descriptor.Progress;
import org.impasseadvisor.descriptor.Range;
import org.impasseadvisor.descriptor.Readiness;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.descriptor.Therapist;
import org.impasseadvisor.descriptor.Training;

/**
 * Reads an impasse descriptor from a parsed JSON body and reports every problem at once: unknown
 * properties, wrong types, unknown enum values (with the allowed values), out-of-range numbers and a
 * missing or empty {@code rootCauses}. A JSON {@code null} is read as absent, which means unknown.
 */
public final class DescriptorReader {

    private static final List<String> TOP = List.of(
            "rootCauses", "concerns", "client", "alliance", "progress", "measures", "therapist", "limit");
    private static final List<String> CLIENT = List.of(
            "ageGroup", "attendance", "readiness", "suicideRisk", "culturalFactors");
    private static final List<String> ALLIANCE = List.of("srsTotal", "ruptureMarkers");
    private static final List<String> PROGRESS = List.of("sessionsCompleted", "weeksWithoutProgress", "orsTrend");
    private static final List<String> MEASURES = List.of("phq9Total", "phq9Item9", "gad7Total", "pcl5Total");
    private static final List<String> THERAPIST = List.of("trainedIn");

    private final List<FieldError> errors = new ArrayList<>();

    private DescriptorReader() {
    }

    /** Reads a descriptor, or collects every problem with the body. */
    public static DescriptorReading read(JsonNode body) {
        return new DescriptorReader().readBody(body);
    }

    private DescriptorReading readBody(JsonNode body) {
        if (body == null || !body.isObject()) {
            errors.add(FieldError.of("$", "the body must be a JSON object"));
            return new DescriptorReading(null, errors);
        }
        checkProperties(body, "", TOP);
        Set<RootCause> rootCauses = enumSet(body.get("rootCauses"), "rootCauses", RootCause.class);
        if (rootCauses == null && !errorsFor("rootCauses")) {
            errors.add(FieldError.of("rootCauses", "is required: name at least one root cause"));
        } else if (rootCauses != null && rootCauses.isEmpty()) {
            errors.add(FieldError.of("rootCauses", "must name at least one root cause"));
        } else if (rootCauses != null && rootCauses.size() > ImpasseDescriptor.MAX_ROOT_CAUSES) {
            errors.add(FieldError.of("rootCauses",
                    "must name at most " + ImpasseDescriptor.MAX_ROOT_CAUSES + " root causes"));
        }
        Set<Concern> concerns = enumSet(body.get("concerns"), "concerns", Concern.class);
        Client client = client(object(body, "client", CLIENT));
        Alliance alliance = alliance(object(body, "alliance", ALLIANCE));
        Progress progress = progress(object(body, "progress", PROGRESS));
        Measures measures = measures(object(body, "measures", MEASURES));
        Therapist therapist = therapist(object(body, "therapist", THERAPIST));
        Integer limit = integer(body, "limit", "limit", ImpasseDescriptor.LIMIT);
        if (!errors.isEmpty()) {
            return new DescriptorReading(null, errors);
        }
        return new DescriptorReading(new ImpasseDescriptor(rootCauses, concerns, client, alliance, progress,
                measures, therapist, limit == null ? ImpasseDescriptor.DEFAULT_LIMIT : limit), List.of());
    }

    private Client client(JsonNode node) {
        if (node == null) {
            return null;
        }
        return new Client(
                enumValue(node, "ageGroup", "client.ageGroup", AgeGroup.class),
                enumValue(node, "attendance", "client.attendance", Attendance.class),
                enumValue(node, "readiness", "client.readiness", Readiness.class),
                enumValue(node, "suicideRisk", "client.suicideRisk", SuicideRisk.class),
                bool(node, "culturalFactors", "client.culturalFactors"));
    }

    private Alliance alliance(JsonNode node) {
        if (node == null) {
            return null;
        }
        return new Alliance(
                number(node, "srsTotal", Alliance.SRS_TOTAL),
                enumSet(node.get("ruptureMarkers"), "alliance.ruptureMarkers", RuptureMarker.class));
    }

    private Progress progress(JsonNode node) {
        if (node == null) {
            return null;
        }
        return new Progress(
                integer(node, "sessionsCompleted", Progress.SESSIONS_COMPLETED.field(), Progress.SESSIONS_COMPLETED),
                integer(node, "weeksWithoutProgress", Progress.WEEKS_WITHOUT_PROGRESS.field(),
                        Progress.WEEKS_WITHOUT_PROGRESS),
                enumValue(node, "orsTrend", "progress.orsTrend", OrsTrend.class));
    }

    private Measures measures(JsonNode node) {
        if (node == null) {
            return null;
        }
        return new Measures(
                integer(node, "phq9Total", Measures.PHQ9_TOTAL.field(), Measures.PHQ9_TOTAL),
                integer(node, "phq9Item9", Measures.PHQ9_ITEM9.field(), Measures.PHQ9_ITEM9),
                integer(node, "gad7Total", Measures.GAD7_TOTAL.field(), Measures.GAD7_TOTAL),
                integer(node, "pcl5Total", Measures.PCL5_TOTAL.field(), Measures.PCL5_TOTAL));
    }

    private Therapist therapist(JsonNode node) {
        if (node == null) {
            return null;
        }
        return new Therapist(enumSet(node.get("trainedIn"), "therapist.trainedIn", Training.class));
    }

    /** A nested object, or null when absent; a nested object that is not an object is an error. */
    private JsonNode object(JsonNode parent, String name, List<String> allowed) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(FieldError.of(name, "must be a JSON object"));
            return null;
        }
        checkProperties(node, name + ".", allowed);
        return node;
    }

    private void checkProperties(JsonNode node, String prefix, List<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                errors.add(new FieldError(prefix + name, "is not a property of this object", allowed));
            }
        }
    }

    private <E extends Enum<E>> Set<E> enumSet(JsonNode node, String field, Class<E> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            errors.add(new FieldError(field, "must be an array of values", allowedValues(type)));
            return null;
        }
        EnumSet<E> values = EnumSet.noneOf(type);
        boolean valid = true;
        for (int i = 0; i < node.size(); i++) {
            E value = enumOf(node.get(i), field + "[" + i + "]", type);
            if (value == null) {
                valid = false;
            } else {
                values.add(value);
            }
        }
        return valid ? values : null;
    }

    private <E extends Enum<E>> E enumValue(JsonNode parent, String name, String field, Class<E> type) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : enumOf(node, field, type);
    }

    private <E extends Enum<E>> E enumOf(JsonNode node, String field, Class<E> type) {
        if (node.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(node.textValue())) {
                    return constant;
                }
            }
            errors.add(new FieldError(field, "'" + abbreviate(node.textValue()) + "' is not an allowed value",
                    allowedValues(type)));
        } else {
            errors.add(new FieldError(field, "must be one of the allowed values, as a string", allowedValues(type)));
        }
        return null;
    }

    private Boolean bool(JsonNode parent, String name, String field) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            errors.add(FieldError.of(field, "must be true or false"));
            return null;
        }
        return node.booleanValue();
    }

    private Integer integer(JsonNode parent, String name, String field, Range range) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            errors.add(FieldError.of(field, "must be a whole number, " + range.describe()));
            return null;
        }
        if (!node.canConvertToLong() || !range.contains(node.longValue())) {
            errors.add(FieldError.of(field, "must be " + range.describe() + ", was " + abbreviate(node.asText())));
            return null;
        }
        return node.intValue();
    }

    private Double number(JsonNode parent, String name, Range range) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            errors.add(FieldError.of(range.field(), "must be a number, " + range.describe()));
            return null;
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value) || !range.contains(value)) {
            errors.add(FieldError.of(range.field(), "must be " + range.describe() + ", was "
                    + abbreviate(node.asText())));
            return null;
        }
        return value;
    }

    private boolean errorsFor(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "["));
    }

    private static <E extends Enum<E>> List<String> allowedValues(Class<E> type) {
        return EnumSet.allOf(type).stream().map(Enum::name).toList();
    }

    /** Echoes at most 40 characters of what the caller sent, so a problem never carries a large payload back. */
    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
