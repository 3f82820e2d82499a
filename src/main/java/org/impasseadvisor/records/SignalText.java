package org.impasseadvisor.records;

import java.util.Collection;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/**
 * The coded signals of a descriptor as one line of text, for the record. Only enum values, flags and
 * numbers: a descriptor holds no identifier and no free text, so neither does this.
 */
final class SignalText {

    private SignalText() {
    }

    static String of(ImpasseDescriptor d) {
        StringBuilder text = new StringBuilder(256);
        add(text, "rootCauses", d.rootCauses());
        add(text, "concerns", d.concerns());
        add(text, "client.ageGroup", d.client().ageGroup());
        add(text, "client.attendance", d.client().attendance());
        add(text, "client.readiness", d.client().readiness());
        add(text, "client.suicideRisk", d.client().suicideRisk());
        add(text, "client.culturalFactors", d.client().culturalFactors());
        add(text, "client.returning", d.client().returning());
        add(text, "alliance.srsTotal", d.alliance().srsTotal());
        add(text, "alliance.ruptureMarkers", d.alliance().ruptureMarkers());
        add(text, "progress.sessionsCompleted", d.progress().sessionsCompleted());
        add(text, "progress.weeksWithoutProgress", d.progress().weeksWithoutProgress());
        add(text, "progress.orsTrend", d.progress().orsTrend());
        add(text, "measures.phq9Total", d.measures().phq9Total());
        add(text, "measures.phq9Item9", d.measures().phq9Item9());
        add(text, "measures.gad7Total", d.measures().gad7Total());
        add(text, "measures.pcl5Total", d.measures().pcl5Total());
        add(text, "therapist.trainedIn", d.therapist().trainedIn());
        add(text, "limit", d.limit());
        return text.toString();
    }

    /** Appends {@code field=value}, a collection as {@code [A,B]}; the writer thread builds one per record. */
    private static void add(StringBuilder text, String field, Object value) {
        if (value == null) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(';');
        }
        text.append(field).append('=');
        if (value instanceof Collection<?> values) {
            text.append('[');
            boolean first = true;
            for (Object item : values) {
                text.append(first ? "" : ",").append(item);
                first = false;
            }
            text.append(']');
        } else {
            text.append(value);
        }
    }
}
