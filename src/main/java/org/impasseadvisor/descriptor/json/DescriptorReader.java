package org.impasseadvisor.descriptor.json;

import com.fasterxml.jackson.databind.JsonNode;
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
            "ageGroup", "attendance", "readiness", "suicideRisk", "culturalFactors", "returning");
    private static final List<String> ALLIANCE = List.of("srsTotal", "ruptureMarkers");
    private static final List<String> PROGRESS = List.of("sessionsCompleted", "weeksWithoutProgress", "orsTrend");
    private static final List<String> MEASURES = List.of("phq9Total", "phq9Item9", "gad7Total", "pcl5Total");
    private static final List<String> THERAPIST = List.of("trainedIn");

    private final JsonFields fields = new JsonFields();

    private DescriptorReader() {
    }

    /** Reads a descriptor, or collects every problem with the body. */
    public static DescriptorReading read(JsonNode body) {
        return new DescriptorReader().readBody(body);
    }

    private DescriptorReading readBody(JsonNode body) {
        if (body == null || !body.isObject()) {
            fields.add(FieldError.of("$", "the body must be a JSON object"));
            return new DescriptorReading(null, fields.errors());
        }
        fields.checkProperties(body, "", TOP);
        Set<RootCause> rootCauses = fields.enumSet(body.get("rootCauses"), "rootCauses", RootCause.class);
        if (rootCauses == null && !fields.hasErrorFor("rootCauses")) {
            fields.add(FieldError.of("rootCauses", "is required: name at least one root cause"));
        } else if (rootCauses != null && rootCauses.isEmpty()) {
            fields.add(FieldError.of("rootCauses", "must name at least one root cause"));
        } else if (rootCauses != null && rootCauses.size() > ImpasseDescriptor.MAX_ROOT_CAUSES) {
            fields.add(FieldError.of("rootCauses",
                    "must name at most " + ImpasseDescriptor.MAX_ROOT_CAUSES + " root causes"));
        }
        Set<Concern> concerns = fields.enumSet(body.get("concerns"), "concerns", Concern.class);
        Client client = client(fields.object(body, "client", CLIENT));
        Alliance alliance = alliance(fields.object(body, "alliance", ALLIANCE));
        Progress progress = progress(fields.object(body, "progress", PROGRESS));
        Measures measures = measures(fields.object(body, "measures", MEASURES));
        Therapist therapist = therapist(fields.object(body, "therapist", THERAPIST));
        Integer limit = fields.integer(body, "limit", "limit", ImpasseDescriptor.LIMIT);
        if (fields.hasErrors()) {
            return new DescriptorReading(null, fields.errors());
        }
        return new DescriptorReading(new ImpasseDescriptor(rootCauses, concerns, client, alliance, progress,
                measures, therapist, limit == null ? ImpasseDescriptor.DEFAULT_LIMIT : limit), List.of());
    }

    private Client client(JsonNode node) {
        if (node == null) {
            return null;
        }
        return new Client(
                fields.enumValue(node, "ageGroup", "client.ageGroup", AgeGroup.class),
                fields.enumValue(node, "attendance", "client.attendance", Attendance.class),
                fields.enumValue(node, "readiness", "client.readiness", Readiness.class),
                fields.enumValue(node, "suicideRisk", "client.suicideRisk", SuicideRisk.class),
                fields.bool(node, "culturalFactors", "client.culturalFactors"),
                fields.bool(node, "returning", "client.returning"));
    }

    private Alliance alliance(JsonNode node) {
        if (node == null) {
            return null;
        }
        return new Alliance(
                fields.number(node, "srsTotal", Alliance.SRS_TOTAL),
                fields.enumSet(node.get("ruptureMarkers"), "alliance.ruptureMarkers", RuptureMarker.class));
    }

    private Progress progress(JsonNode node) {
        if (node == null) {
            return null;
        }
        return new Progress(
                fields.integer(node, "sessionsCompleted", Progress.SESSIONS_COMPLETED.field(), Progress.SESSIONS_COMPLETED),
                fields.integer(node, "weeksWithoutProgress", Progress.WEEKS_WITHOUT_PROGRESS.field(),
                        Progress.WEEKS_WITHOUT_PROGRESS),
                fields.enumValue(node, "orsTrend", "progress.orsTrend", OrsTrend.class));
    }

    private Measures measures(JsonNode node) {
        if (node == null) {
            return null;
        }
        return new Measures(
                fields.integer(node, "phq9Total", Measures.PHQ9_TOTAL.field(), Measures.PHQ9_TOTAL),
                fields.integer(node, "phq9Item9", Measures.PHQ9_ITEM9.field(), Measures.PHQ9_ITEM9),
                fields.integer(node, "gad7Total", Measures.GAD7_TOTAL.field(), Measures.GAD7_TOTAL),
                fields.integer(node, "pcl5Total", Measures.PCL5_TOTAL.field(), Measures.PCL5_TOTAL));
    }

    private Therapist therapist(JsonNode node) {
        if (node == null) {
            return null;
        }
        return new Therapist(fields.enumSet(node.get("trainedIn"), "therapist.trainedIn", Training.class));
    }

}
