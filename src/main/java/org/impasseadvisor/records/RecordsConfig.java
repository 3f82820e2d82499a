package org.impasseadvisor.records;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How recommendation records are queued, written and kept. */
@ConfigMapping(prefix = "impasse.records")
public interface RecordsConfig {

    /** Records waiting to be written; beyond it, new records are counted as failed and logged. */
    @WithDefault("10000")
    int queueCapacity();

    /** Records written in one transaction. */
    @WithDefault("1000")
    int batchSize();

    /** The longest a record waits in the queue before a write starts. */
    @WithDefault("PT0.2S")
    Duration flushInterval();

    /** How long a graceful shutdown keeps trying to write what is queued. */
    @WithDefault("PT10S")
    Duration shutdownTimeout();

    /** Records (and their feedback) older than this many days are purged. */
    @WithDefault("365")
    int retentionDays();

    /** How often the retention purge runs, e.g. 6h; the scheduler reads it by name. */
    @WithDefault("6h")
    String purgeEvery();
}
