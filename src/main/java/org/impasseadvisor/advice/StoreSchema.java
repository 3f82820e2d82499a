package org.impasseadvisor.advice;

import jakarta.enterprise.context.ApplicationScoped;
import org.impasseadvisor.records.RecordSchema;
import org.impasseadvisor.records.RecordStoreException;

/**
 * The record store's schema, migrated on first use, for whoever is about to use the database: feedback,
 * insights, and the adapters' own tables in the same database (the seen EHR tokens).
 */
@ApplicationScoped
public class StoreSchema {

    private final RecordSchema schema;

    public StoreSchema(RecordSchema schema) {
        this.schema = schema;
    }

    /**
     * Migrates the schema unless that is done; one caller migrates while the others wait for it.
     *
     * @throws StoreUnavailableException when the database cannot be reached or migrated
     */
    public void ensureCurrent() {
        try {
            schema.ensureCurrent();
        } catch (RecordStoreException e) {
            throw new StoreUnavailableException(e);
        }
    }
}
