package org.impasseadvisor.records;

import io.agroal.api.AgroalDataSource;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The record store's state, in its own health group ({@code /q/health/group/records}) rather than in
 * readiness: feedback and insights need the database, recommendations do not.
 */
@HealthGroup(RecordStoreHealth.GROUP)
@ApplicationScoped
public class RecordStoreHealth implements HealthCheck {

    public static final String GROUP = "records";
    private static final int VALIDATION_SECONDS = 2;

    private final AgroalDataSource dataSource;
    private final RecordQueue queue;
    private final RecordSchema schema;
    private final RecordsConfig config;

    public RecordStoreHealth(AgroalDataSource dataSource, RecordQueue queue, RecordSchema schema,
            RecordsConfig config) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.queue = queue;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("record-store")
                .withData("queued", queue.queued())
                .withData("queueCapacity", config.queueCapacity())
                .withData("schema", schema.isCurrent() ? "current" : "not migrated yet");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_SECONDS);
            return response.status(valid && schema.isCurrent()).build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
