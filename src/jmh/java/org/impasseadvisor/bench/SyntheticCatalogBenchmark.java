package org.impasseadvisor.bench;

import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.Recommendation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** How the cost of one evaluation grows with the catalog: 100 and 1,000 generated rules. */
public class SyntheticCatalogBenchmark extends BenchmarkMethod {

    @Param({"100", "1000"})
    int rules;

    private Engine engine;
    private ImpasseDescriptor typical;
    private ImpasseDescriptor worstCase;

    @Setup
    public void setUp() {
        engine = new Engine(SyntheticCatalog.withRules(rules));
        typical = Descriptors.typical();
        worstCase = Descriptors.worstCase(engine);
        System.out.printf("%n%d rules, %d strategies; typical fires %d, worst case fires %d%n",
                engine.catalog().rules().size(), engine.catalog().strategies().size(),
                Descriptors.fired(engine, typical), Descriptors.fired(engine, worstCase));
    }

    @Benchmark
    public Recommendation typical() {
        return engine.evaluate(typical);
    }

    @Benchmark
    public Recommendation worstCase() {
        return engine.evaluate(worstCase);
    }
}
