package org.impasseadvisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/**
 * Records how every alert and rule fared, for {@code ?explain=full}. An evaluation without a trace uses
 * {@link #NONE}, which records nothing, so the trace costs nothing when it is not asked for.
 */
abstract class Tracer {

    static final Tracer NONE = new Tracer() {
        @Override
        void record(String id, String strategyId, String kind, double weight, Condition condition, Truth truth) {
        }

        @Override
        Optional<Trace> trace() {
            return Optional.empty();
        }
    };

    /** Records one alert or rule: its condition's text and observations, and a near miss when it had one. */
    abstract void record(String id, String strategyId, String kind, double weight, Condition condition, Truth truth);

    abstract Optional<Trace> trace();

    /** A tracer that keeps the full trace of one evaluation of a descriptor. */
    static Tracer full(ImpasseDescriptor descriptor, int size) {
        return new Full(descriptor, size);
    }

    private static final class Full extends Tracer {

        private final ImpasseDescriptor descriptor;
        private final List<RuleTrace> traces;
        private final List<NearMiss> nearMisses = new ArrayList<>();

        Full(ImpasseDescriptor descriptor, int size) {
            this.descriptor = descriptor;
            this.traces = new ArrayList<>(size);
        }

        @Override
        void record(String id, String strategyId, String kind, double weight, Condition condition, Truth truth) {
            List<Observation> observations = new ArrayList<>();
            condition.observe(descriptor, observations);
            traces.add(new RuleTrace(id, strategyId, kind, weight, condition.text(), truth, truth == Truth.TRUE,
                    List.copyOf(observations)));
            if (truth != Truth.TRUE && condition instanceof All all) {
                nearMiss(id, strategyId, all);
            }
        }

        /** A conjunction that failed on exactly one of its parts is a near miss, reported with that part. */
        private void nearMiss(String id, String strategyId, All all) {
            Condition missed = null;
            int failures = 0;
            for (Condition part : all.parts()) {
                if (part.test(descriptor) != Truth.TRUE) {
                    failures++;
                    missed = part;
                }
            }
            if (failures == 1) {
                List<Observation> seen = new ArrayList<>();
                missed.observe(descriptor, seen);
                nearMisses.add(new NearMiss(id, strategyId, missed.text(), List.copyOf(seen)));
            }
        }

        @Override
        Optional<Trace> trace() {
            return Optional.of(new Trace(List.copyOf(traces), List.copyOf(nearMisses)));
        }
    }
}
