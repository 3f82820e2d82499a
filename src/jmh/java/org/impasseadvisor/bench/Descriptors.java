package org.impasseadvisor.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.impasseadvisor.descriptor.AgeGroup;
import org.impasseadvisor.descriptor.Alliance;
import org.impasseadvisor.descriptor.Attendance;
import org.impasseadvisor.descriptor.Client;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.Measures;
import org.impasseadvisor.descriptor.OrsTrend;
import org.impasseadvisor.descriptor.Progress;
import org.impasseadvisor.descriptor.Readiness;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.descriptor.Therapist;
import org.impasseadvisor.descriptor.Training;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.RuleTrace;

/** The descriptors the benchmarks evaluate. */
public final class Descriptors {

    private Descriptors() {
    }

    /** The README's example: one root cause, one concern, the client, alliance, progress, a measure, training. */
    public static ImpasseDescriptor typical() {
        return new ImpasseDescriptor(
                Set.of(RootCause.FEAR),
                Set.of(Concern.PTSD),
                new Client(AgeGroup.ADULT, Attendance.VOLUNTARY, null, SuicideRisk.LOW, null),
                new Alliance(34.0, Set.of(RuptureMarker.WITHDRAWAL)),
                new Progress(9, 5, OrsTrend.FLAT),
                new Measures(null, null, null, 52),
                new Therapist(Set.of(Training.EMDR, Training.CBT)),
                3);
    }

    /**
     * The worst valid descriptor for an engine: every field set, every set field holding all its values,
     * the limit at its maximum, and the ten root causes (the most a descriptor may name) and the values of
     * the single-valued fields that together fire the most rules, found by greedy search.
     */
    static ImpasseDescriptor worstCase(Engine engine) {
        Fields best = new Fields();
        best.rootCauses = EnumSet.noneOf(RootCause.class);
        for (int i = 0; i < ImpasseDescriptor.MAX_ROOT_CAUSES; i++) {
            RootCause chosen = null;
            int most = -1;
            for (RootCause cause : RootCause.values()) {
                if (best.rootCauses.contains(cause)) {
                    continue;
                }
                Fields trial = best.copy();
                trial.rootCauses.add(cause);
                int fired = fired(engine, trial.descriptor());
                if (fired > most) {
                    most = fired;
                    chosen = cause;
                }
            }
            best.rootCauses.add(chosen);
        }
        for (int pass = 0; pass < 2; pass++) {
            best.ageGroup = most(engine, best, AgeGroup.values(), (f, v) -> f.ageGroup = v);
            best.attendance = most(engine, best, Attendance.values(), (f, v) -> f.attendance = v);
            best.readiness = most(engine, best, Readiness.values(), (f, v) -> f.readiness = v);
            best.suicideRisk = most(engine, best, SuicideRisk.values(), (f, v) -> f.suicideRisk = v);
            best.orsTrend = most(engine, best, OrsTrend.values(), (f, v) -> f.orsTrend = v);
            best.srsTotal = most(engine, best, range(0, 40, 2).stream().map(Integer::doubleValue).toArray(Double[]::new),
                    (f, v) -> f.srsTotal = v);
            best.sessions = most(engine, best, range(0, 60, 1).toArray(Integer[]::new), (f, v) -> f.sessions = v);
            best.weeks = most(engine, best, range(0, 60, 1).toArray(Integer[]::new), (f, v) -> f.weeks = v);
            best.phq9Total = most(engine, best, range(0, 27, 1).toArray(Integer[]::new), (f, v) -> f.phq9Total = v);
            best.phq9Item9 = most(engine, best, range(0, 3, 1).toArray(Integer[]::new), (f, v) -> f.phq9Item9 = v);
            best.gad7Total = most(engine, best, range(0, 21, 1).toArray(Integer[]::new), (f, v) -> f.gad7Total = v);
            best.pcl5Total = most(engine, best, range(0, 80, 2).toArray(Integer[]::new), (f, v) -> f.pcl5Total = v);
            best.culturalFactors = most(engine, best, new Boolean[] {true, false}, (f, v) -> f.culturalFactors = v);
        }
        return best.descriptor();
    }

    /** How many alerts and rules fire for a descriptor. */
    static int fired(Engine engine, ImpasseDescriptor descriptor) {
        return (int) engine.explain(descriptor).trace().orElseThrow().rules().stream().filter(RuleTrace::fired).count();
    }

    private interface Setter<V> {
        void set(Fields fields, V value);
    }

    private static <V> V most(Engine engine, Fields best, V[] values, Setter<V> setter) {
        V chosen = null;
        int most = -1;
        for (V value : values) {
            Fields trial = best.copy();
            setter.set(trial, value);
            int fired = fired(engine, trial.descriptor());
            if (fired > most) {
                most = fired;
                chosen = value;
            }
        }
        return chosen;
    }

    private static List<Integer> range(int from, int to, int step) {
        List<Integer> values = new ArrayList<>();
        for (int v = from; v <= to; v += step) {
            values.add(v);
        }
        return values;
    }

    /** A mutable descriptor under search; the set fields always hold every value. */
    private static final class Fields {
        EnumSet<RootCause> rootCauses;
        AgeGroup ageGroup = AgeGroup.ADULT;
        Attendance attendance = Attendance.VOLUNTARY;
        Readiness readiness = Readiness.CONTEMPLATION;
        SuicideRisk suicideRisk = SuicideRisk.HIGH;
        Boolean culturalFactors = true;
        Double srsTotal = 30.0;
        Integer sessions = 10;
        Integer weeks = 6;
        OrsTrend orsTrend = OrsTrend.FLAT;
        Integer phq9Total = 20;
        Integer phq9Item9 = 1;
        Integer gad7Total = 15;
        Integer pcl5Total = 50;

        Fields copy() {
            Fields copy = new Fields();
            copy.rootCauses = EnumSet.copyOf(rootCauses);
            copy.ageGroup = ageGroup;
            copy.attendance = attendance;
            copy.readiness = readiness;
            copy.suicideRisk = suicideRisk;
            copy.culturalFactors = culturalFactors;
            copy.srsTotal = srsTotal;
            copy.sessions = sessions;
            copy.weeks = weeks;
            copy.orsTrend = orsTrend;
            copy.phq9Total = phq9Total;
            copy.phq9Item9 = phq9Item9;
            copy.gad7Total = gad7Total;
            copy.pcl5Total = pcl5Total;
            return copy;
        }

        ImpasseDescriptor descriptor() {
            return new ImpasseDescriptor(rootCauses, EnumSet.allOf(Concern.class),
                    new Client(ageGroup, attendance, readiness, suicideRisk, culturalFactors),
                    new Alliance(srsTotal, EnumSet.allOf(RuptureMarker.class)),
                    new Progress(sessions, weeks, orsTrend),
                    new Measures(phq9Total, phq9Item9, gad7Total, pcl5Total),
                    new Therapist(EnumSet.allOf(Training.class)),
                    (int) ImpasseDescriptor.LIMIT.max());
        }
    }
}
