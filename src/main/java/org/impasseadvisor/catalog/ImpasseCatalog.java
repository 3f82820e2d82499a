package org.impasseadvisor.catalog;

import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Conditions;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.Strategy;
import org.impasseadvisor.descriptor.RootCause;
import java.util.List;

/** Placeholder until the clinical catalog lands. */
public final class ImpasseCatalog {
    public static final String VERSION = "0.0.1";
    private ImpasseCatalog() {
    }
    public static Catalog build() {
        return Catalog.builder(VERSION)
                .strategy(new Strategy("placeholder", "T", "S", List.of("step"), List.of(), "evidence", List.of()))
                .rule(Rule.score("r", "placeholder", 1, Conditions.hasRootCause(RootCause.FEAR), "why"))
                .build();
    }
}
