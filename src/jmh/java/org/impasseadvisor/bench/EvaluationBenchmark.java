package org.impasseadvisor.bench;

import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.Recommendation;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * One evaluation of the typical and of the worst-case descriptor against a catalog its subclass chooses;
 * JMH runs these methods for each concrete subclass, under the subclass's name.
 */
public abstract class EvaluationBenchmark extends BenchmarkMethod {

    protected Engine engine;
    protected ImpasseDescriptor typical;
    protected ImpasseDescriptor worstCase;

    /** Sets the engine and its descriptors; returns how many rules each fires, for the set-up line. */
    protected String prepare(Engine engine) {
        this.engine = engine;
        this.typical = Descriptors.typical();
        this.worstCase = Descriptors.worstCase(engine);
        return String.format("typical fires %d, worst case fires %d",
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
