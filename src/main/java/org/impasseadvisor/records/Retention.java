package org.impasseadvisor.records;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.impasseadvisor.logging.Untrusted;
import org.jboss.logging.Logger;

/** Purges recommendation records, and the feedback on them, once they are older than the retention period. */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final RecordsConfig config;
    private final RecordSchema schema;

    public Retention(RecordsConfig config, RecordSchema schema) {
        this.config = config;
        this.schema = schema;
    }

    @Scheduled(every = "${impasse.records.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            purgeOlderThan(Instant.now().minus(Duration.ofDays(config.retentionDays())));
        } catch (RuntimeException e) {
            LOG.warnf("Retention purge failed, will retry at the next run: %s", Untrusted.quote(e));
        }
    }

    /**
     * Deletes records created before {@code cutoff}; returns how many.
     *
     * @throws RecordStoreException when the database cannot be used
     */
    public long purgeOlderThan(Instant cutoff) {
        schema.ensureCurrent();
        return QuarkusTransaction.joiningExisting().call(() -> purge(cutoff));
    }

    /** Records created before the cut-off are those whose time-ordered ids come before its first id. */
    private long purge(Instant cutoff) {
        UUID firstKept = RecordIds.firstAtOrAfter(cutoff);
        long feedback = Feedback.delete("recommendationId < ?1", firstKept);
        long records = RecommendationRecord.delete("id < ?1", firstKept);
        if (records > 0) {
            LOG.infof("Purged %d recommendation records and %d feedback older than %s", records, feedback, cutoff);
        }
        return records;
    }
}
