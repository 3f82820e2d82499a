package org.impasseadvisor.advice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.impasseadvisor.catalog.ImpasseCatalog;
import org.impasseadvisor.engine.Engine;

/** Builds the shipped catalog once; the engine over it is immutable and shared by every request. */
@ApplicationScoped
public class EngineProducer {

    @Produces
    @Singleton
    Engine engine() {
        return new Engine(ImpasseCatalog.build());
    }
}
