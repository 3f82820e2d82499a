package org.impasseadvisor.descriptor;

import java.util.Set;

/**
 * A therapeutic impasse as the caller describes it: the engine's only input.
 *
 * <p>Only {@code rootCauses} is required. It is empty only for a risk screen, where no impasse has been
 * recorded (an EHR chart with a positive PHQ-9 item 9): then only the safety alerts can say anything.
 * The JSON API still asks for at least one root cause. A null part is replaced by its UNKNOWN value, and a null field
 * inside a part means unknown, never "no". Sets are copied into declaration order, so two descriptors
 * that differ only in the order of their sets are equal.
 *
 * @param limit how many strategies to return besides those a safety alert pins (never cut), 1 to 50
 */
public record ImpasseDescriptor(
        Set<RootCause> rootCauses,
        Set<Concern> concerns,
        Client client,
        Alliance alliance,
        Progress progress,
        Measures measures,
        Therapist therapist,
        int limit) {

    public static final int MAX_ROOT_CAUSES = 10;
    public static final int DEFAULT_LIMIT = 5;
    public static final Range LIMIT = DescriptorFields.LIMIT.range();

    public ImpasseDescriptor {
        rootCauses = EnumSets.copyOrNull(rootCauses, RootCause.class, "rootCauses");
        if (rootCauses == null) {
            throw new IllegalArgumentException("rootCauses is required; it is empty only for a risk screen");
        }
        if (rootCauses.size() > MAX_ROOT_CAUSES) {
            throw new IllegalArgumentException("rootCauses must name at most " + MAX_ROOT_CAUSES + " root causes");
        }
        concerns = EnumSets.copyOrNull(concerns, Concern.class, "concerns");
        client = client == null ? Client.UNKNOWN : client;
        alliance = alliance == null ? Alliance.UNKNOWN : alliance;
        progress = progress == null ? Progress.UNKNOWN : progress;
        measures = measures == null ? Measures.UNKNOWN : measures;
        therapist = therapist == null ? Therapist.UNKNOWN : therapist;
        LIMIT.check(limit);
    }

    /** True when no impasse is recorded, no root cause: a risk screen, on which only the safety alerts speak. */
    public boolean isRiskScreen() {
        return rootCauses.isEmpty();
    }

    /**
     * This descriptor as a risk screen: what it knows of the client, the concerns and the measures, nothing of
     * an impasse (no root cause, alliance, progress or therapist), and a limit of one.
     */
    public ImpasseDescriptor asRiskScreen() {
        return new ImpasseDescriptor(Set.of(), concerns, client, null, null, measures, null, 1);
    }

    /** A descriptor with only root causes known and the default limit. */
    public static ImpasseDescriptor of(Set<RootCause> rootCauses) {
        return new ImpasseDescriptor(rootCauses, null, null, null, null, null, null, DEFAULT_LIMIT);
    }
}
