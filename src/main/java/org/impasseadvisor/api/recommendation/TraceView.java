package org.impasseadvisor.api.recommendation;

import java.util.List;
import org.impasseadvisor.engine.Trace;

/** The full explanation of an answer ({@code ?explain=full}): every alert and rule, fired or not, and the near misses. */
public record TraceView(List<RuleTraceView> rules, List<NearMissView> nearMisses) {

    static TraceView of(Trace trace) {
        return new TraceView(trace.rules().stream().map(RuleTraceView::of).toList(),
                trace.nearMisses().stream().map(NearMissView::of).toList());
    }
}
