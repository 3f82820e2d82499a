package org.impasseadvisor.bench;

import org.impasseadvisor.catalog.ImpasseCatalog;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.Recommendation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * One evaluation against the shipped catalog: the ranked strategies with their reasons (what every
 * recommendation computes), and the full trace that {@code ?explain=full} adds.
 */
public class EngineBenchmark extends EvaluationBenchmark {

    @Setup
    public void setUp() {
        String fired = prepare(new Engine(ImpasseCatalog.build()));
        System.out.printf("%nshipped catalog: %d alerts, %d rules; %s: %s%n", engine.catalog().alerts().size(),
                engine.catalog().rules().size(), fired, worstCase);
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
