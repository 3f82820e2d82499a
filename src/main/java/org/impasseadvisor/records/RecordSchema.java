package org.impasseadvisor.records;

import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.impasseadvisor.logging.Untrusted;
import org.jboss.logging.Logger;

/**
 * The record store's schema, migrated by Flyway on first use rather than before the service starts.
 *
 * <p>Recommendations never wait on the database, so neither does start-up: migrating at start took about
 * half a second of it (opening the database, Flyway's validation), and a database that is down at start
 * stopped the service from starting at all. The batch writer migrates before its first write and retries
 * with back-off; feedback, insights and the retention purge migrate (or wait for the migration under way)
 * before they touch the database, and answer as if it were down while it cannot be migrated.
 */
@ApplicationScoped
public class RecordSchema {

    private static final Logger LOG = Logger.getLogger(RecordSchema.class);

    private final Flyway flyway;
    private volatile boolean current;

    public RecordSchema(Flyway flyway) {
        this.flyway = flyway;
    }

    /**
     * Migrates the schema unless that is done; one caller migrates while the others wait for it.
     *
     * @throws RecordStoreException when the database cannot be reached or migrated
     */
    public void ensureCurrent() {
        if (current) {
            return;
        }
        synchronized (this) {
            if (current) {
                return;
            }
            try {
                int applied = flyway.migrate().migrationsExecuted;
                LOG.infof("Record store schema is current (%d migrations applied)", applied);
                current = true;
            } catch (RuntimeException e) {
                LOG.warnf("Record store schema could not be migrated: %s", Untrusted.quote(e));
                throw new RecordStoreException(e);
            }
        }
    }

    /** Whether the schema has been migrated by this instance. */
    public boolean isCurrent() {
        return current;
    }
}
