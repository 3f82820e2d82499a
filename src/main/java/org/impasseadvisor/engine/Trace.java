package org.impasseadvisor.engine;

import java.util.List;

/** The full explanation of an evaluation: every alert and rule, fired or not, and the near misses. */
public record Trace(List<RuleTrace> rules, List<NearMiss> nearMisses) {
}
