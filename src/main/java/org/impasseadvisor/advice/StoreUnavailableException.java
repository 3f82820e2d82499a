package org.impasseadvisor.advice;

/** The database could not be reached or failed; the caller should try again later. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(Throwable cause) {
        super("the record store is unavailable", cause);
    }
}
