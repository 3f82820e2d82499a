package org.impasseadvisor.bench;

import java.util.concurrent.TimeUnit;
import org.impasseadvisor.catalog.ImpasseCatalog;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.Recommendation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation against the shipped catalog: the ranked strategies with their reasons (what every
 * recommendation computes), and the full trace that {@code ?explain=full} adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class EngineBenchmark {

    private Engine engine;
    private ImpasseDescriptor typical;
    private ImpasseDescriptor worstCase;

    @Setup
    public void setUp() {
        engine = new Engine(ImpasseCatalog.build());
        typical = Descriptors.typical();
        worstCase = Descriptors.worstCase(engine);
        System.out.printf("%nshipped catalog: %d alerts, %d rules; typical fires %d, worst case fires %d: %s%n",
                engine.catalog().alerts().size(), engine.catalog().rules().size(), Descriptors.fired(engine, typical),
                Descriptors.fired(engine, worstCase), worstCase);
    }

    @Benchmark
    public Recommendation typical() {
        return engine.evaluate(typical);
    }

    @Benchmark
    public Recommendation worstCase() {
        return engine.evaluate(worstCase);
    }

    @Benchmark
    public Recommendation explainTypical() {
        return engine.explain(typical);
    }

    @Benchmark
    public Recommendation explainWorstCase() {
        return engine.explain(worstCase);
    }
}
