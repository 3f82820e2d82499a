package org.impasseadvisor.bench;

import java.util.concurrent.TimeUnit;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.Recommendation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** How the cost of one evaluation grows with the catalog: 100 and 1,000 generated rules. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class SyntheticCatalogBenchmark {

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
