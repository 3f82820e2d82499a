package org.impasseadvisor.api.recommendation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.impasseadvisor.engine.Engine;

/**
 * Makes the service's mapper write answers from the catalog's pre-encoded JSON. It runs after every other
 * customizer, so that a copy of the mapper as finally configured encodes that JSON: the same escaping, number
 * format and inclusion as any other answer.
 */
@Singleton
public class CatalogJsonCustomizer implements ObjectMapperCustomizer {

    private final Engine engine;

    public CatalogJsonCustomizer(Engine engine) {
        this.engine = engine;
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new CatalogJsonModule(CatalogJson.encode(engine.catalog(), mapper.copy())));
    }
}
