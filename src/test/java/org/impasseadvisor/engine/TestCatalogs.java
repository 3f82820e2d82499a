package org.impasseadvisor.engine;

import java.util.List;

/** Small hand-made strategies and references for engine tests, independent of the shipped catalog. */
final class TestCatalogs {

    static final Reference SOURCE = new Reference("A test source", null, Evidence.VERIFIED);

    private TestCatalogs() {
    }

    static Strategy strategy(String id) {
        return new Strategy(id, "Title of " + id, "Summary of " + id + ".", List.of("Step of " + id + "."),
                List.of(), "evidence", List.of(SOURCE));
    }
}
