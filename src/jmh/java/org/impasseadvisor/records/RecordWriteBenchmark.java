package org.impasseadvisor.records;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.impasseadvisor.bench.BenchmarkMethod;
import org.impasseadvisor.bench.Descriptors;
import org.impasseadvisor.catalog.ImpasseCatalog;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Recommendation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * What the record writer's thread spends per recommendation record: one batch of {@value #BATCH} records
 * (the typical answer, three strategies, REST), written as the writer writes it and committed, on a
 * database migrated by the service's own migrations. The figures are µs per record: the wall time, and
 * printed after each iteration and at the end, the CPU time of the writing thread, which is what the writer takes from the
 * service's cores (and which a loaded machine inflates far less than the wall time). The default database is
 * an H2 file with the service's default URL options; {@code -p url=jdbc:postgresql://…} (with {@code -p user},
 * {@code -p password}) measures PostgreSQL instead, on a database whose records table it empties first.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RecordWriteBenchmark extends BenchmarkMethod {

    static final int BATCH = 1000;

    /** Empty: an H2 file in a temporary folder, as the default URL. */
    @Param("")
    public String url;

    @Param("impasse")
    public String user;

    @Param("")
    public String password;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Path folder;
    private boolean measured;
    private long cpuNanos;
    private long records;
    private long measuredCpuNanos;
    private long measuredRecords;
    private Connection connection;
    private PendingRecord template;
    private List<PendingRecord> batch;

    @Setup
    public void setUp() throws Exception {
        String jdbcUrl = url;
        if (jdbcUrl.isEmpty()) {
            folder = Files.createTempDirectory("impasse-records-bench");
            jdbcUrl = "jdbc:h2:file:" + folder.resolve("records") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=2048";
        }
        Flyway.configure().dataSource(jdbcUrl, user, password).cleanDisabled(false).load().migrate();
        connection = DriverManager.getConnection(jdbcUrl, user, password);
        connection.setAutoCommit(false);
        if (!url.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("delete from recommendation_card");
                statement.execute("delete from feedback");
                statement.execute("delete from recommendation_record");
            }
            connection.commit();
        }
        ImpasseDescriptor descriptor = Descriptors.typical();
        Recommendation answer = new Engine(ImpasseCatalog.build()).evaluate(descriptor);
        List<PendingRecord.Returned> returned = new ArrayList<>();
        for (RankedStrategy ranked : answer.strategies()) {
            returned.add(new PendingRecord.Returned(ranked.strategy().id(), ranked.rank(), ranked.score(), null));
        }
        template = new PendingRecord(null, answer.catalogVersion(), answer.catalogHash(), "REST", null,
                descriptor, List.copyOf(returned));
    }

    /** Fresh records for each batch, made outside the timing as the request path makes them. */
    @Setup(Level.Invocation)
    public void nextBatch() {
        batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(new PendingRecord(RecordIds.next(), template.catalogVersion(),
                    template.catalogHash(), template.channel(), null, template.descriptor(), template.strategies()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void writeBatch() throws SQLException {
        long start = THREADS.getCurrentThreadCpuTime();
        RecordStore.insert(connection, batch);
        connection.commit();
        cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
        records += BATCH;
    }

    @Setup(Level.Iteration)
    public void startIteration(IterationParams iteration) {
        measured = iteration.getType() == IterationType.MEASUREMENT;
        cpuNanos = 0;
        records = 0;
    }

    /** Prints the writing thread's CPU time per record after each iteration, and over the measured ones. */
    @TearDown(Level.Iteration)
    public void endIteration() {
        double perRecord = records == 0 ? 0 : cpuNanos / 1000.0 / records;
        System.out.printf("  writer CPU %.2f µs per record%n", perRecord);
        if (measured) {
            measuredCpuNanos += cpuNanos;
            measuredRecords += records;
        }
    }

    @TearDown
    public void tearDown() throws Exception {
        System.out.printf("%nCPU time of the writing thread: %.2f µs per record over %d measured records%n",
                measuredCpuNanos / 1000.0 / Math.max(1, measuredRecords), measuredRecords);
        connection.close();
        if (folder != null) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
