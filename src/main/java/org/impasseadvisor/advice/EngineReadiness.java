package org.impasseadvisor.advice;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.impasseadvisor.engine.Engine;

/**
 * Ready when the recommendation path can answer: the catalog is built and the engine holds it. The
 * record store is deliberately not part of readiness: recommendations never wait on it (their records
 * are queued), so a database outage must not take every replica out of the load balancer.
 */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

    private final Engine engine;

    public EngineReadiness(Engine engine) {
        this.engine = engine;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("recommendation-engine")
                .status(!engine.catalog().strategies().isEmpty())
                .withData("catalogVersion", engine.catalog().version())
                .withData("catalogHash", engine.catalog().hash())
                .withData("strategies", engine.catalog().strategies().size())
                .build();
    }
}
