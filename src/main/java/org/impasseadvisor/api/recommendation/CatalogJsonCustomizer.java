package org.impasseadvisor.api.recommendation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.function.Supplier;
import org.impasseadvisor.engine.Engine;

/**
 * Makes the service's mapper write answers from the catalog's pre-encoded JSON. It runs after every other
 * customizer, so that a copy of the mapper as finally configured encodes that JSON: the same escaping, number
 * format and inclusion as any other answer. The encoding is done once, when the first answer is written rather
 * than at start (about 0.1 s of a start on two cores; BENCHMARKS.md): the mapper is built at start for Hibernate
 * ORM's JSON support as well, which never writes an answer.
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
        ObjectMapper configured = mapper.copy();
        mapper.registerModule(
                new CatalogJsonModule(new Once(() -> CatalogJson.encode(engine.catalog(), configured))));
    }

    /** The catalog's JSON, encoded by the first caller; the others wait for it. */
    private static final class Once implements Supplier<CatalogJson> {
        private final Supplier<CatalogJson> encode;
        private volatile CatalogJson json;

        Once(Supplier<CatalogJson> encode) {
            this.encode = encode;
        }

        @Override
        public CatalogJson get() {
            CatalogJson encoded = json;
            if (encoded == null) {
                synchronized (this) {
                    encoded = json;
                    if (encoded == null) {
                        encoded = encode.get();
                        json = encoded;
                    }
                }
            }
            return encoded;
        }
    }
}
