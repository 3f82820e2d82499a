package org.impasseadvisor.descriptor;

/** Progress of the therapy so far. Every field may be null: absent means unknown. */
public record Progress(Integer sessionsCompleted, Integer weeksWithoutProgress, OrsTrend orsTrend) {

    public static final Range SESSIONS_COMPLETED = DescriptorFields.SESSIONS_COMPLETED.range();
    public static final Range WEEKS_WITHOUT_PROGRESS = DescriptorFields.WEEKS_WITHOUT_PROGRESS.range();
    public static final Progress UNKNOWN = new Progress(null, null, null);

    public Progress {
        SESSIONS_COMPLETED.check(sessionsCompleted);
        WEEKS_WITHOUT_PROGRESS.check(weeksWithoutProgress);
    }
}
