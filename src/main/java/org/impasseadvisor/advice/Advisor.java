package org.impasseadvisor.advice;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.Recommendation;

/** The one place both the REST API and the CDS Hooks service get their recommendations from. */
@ApplicationScoped
public class Advisor {

    private final Engine engine;

    public Advisor(Engine engine) {
        this.engine = engine;
    }

    public Advice recommend(ImpasseDescriptor descriptor, boolean explain) {
        Recommendation recommendation = explain ? engine.explain(descriptor) : engine.evaluate(descriptor);
        return new Advice(UUID.randomUUID(), recommendation);
    }
}
