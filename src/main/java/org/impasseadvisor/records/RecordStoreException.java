package org.impasseadvisor.records;

/** The record store's database could not be reached, migrated or written. */
public class RecordStoreException extends RuntimeException {

    public RecordStoreException(Throwable cause) {
        super("the record store is unavailable", cause);
    }
}
