package org.impasseadvisor.bench;

import org.impasseadvisor.catalog.ImpasseCatalog;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.Recommendation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * One evaluation against the shipped catalog: the ranked strategies with their reasons (what every
 * recommendation computes), and the full trace that {@code ?explain=full} adds.
 */
public class EngineBenchmark extends BenchmarkMethod {

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
