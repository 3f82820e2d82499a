package org.impasseadvisor.descriptor;

/** Progress of the therapy so far. Every field may be null: absent means unknown. */
public record Progress(Integer sessionsCompleted, Integer weeksWithoutProgress, OrsTrend orsTrend) {

    public static final Range SESSIONS_COMPLETED = new Range("progress.sessionsCompleted", 0, Integer.MAX_VALUE);
    public static final Range WEEKS_WITHOUT_PROGRESS = new Range("progress.weeksWithoutProgress", 0, Integer.MAX_VALUE);
    public static final Progress UNKNOWN = new Progress(null, null, null);

    public Progress {
        SESSIONS_COMPLETED.check(sessionsCompleted);
        WEEKS_WITHOUT_PROGRESS.check(weeksWithoutProgress);
    }
}
