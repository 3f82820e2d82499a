package org.impasseadvisor.bench;

import org.impasseadvisor.engine.Engine;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** How the cost of one evaluation grows with the catalog: 100 and 1,000 generated rules. */
public class SyntheticCatalogBenchmark extends EvaluationBenchmark {

    @Param({"100", "1000"})
    int rules;

    @Setup
    public void setUp() {
        String fired = prepare(new Engine(SyntheticCatalog.withRules(rules)));
        System.out.printf("%n%d rules, %d strategies; %s%n", engine.catalog().rules().size(),
                engine.catalog().strategies().size(), fired);
    }
}
