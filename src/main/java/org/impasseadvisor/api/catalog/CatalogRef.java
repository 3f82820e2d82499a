package org.impasseadvisor.api.catalog;

import org.impasseadvisor.engine.Catalog;

/** Which catalog answered: its version and the SHA-256 hash of its canonical text. */
public record CatalogRef(String version, String hash) {

    public static CatalogRef of(Catalog catalog) {
        return new CatalogRef(catalog.version(), catalog.hash());
    }
}
