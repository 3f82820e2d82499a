package org.impasseadvisor.engine;

/** A catalog that would silently drop, misroute or hide a rule refuses to build with this exception. */
public class InvalidCatalogException extends RuntimeException {

    public InvalidCatalogException(String message) {
        super(message);
    }
}
