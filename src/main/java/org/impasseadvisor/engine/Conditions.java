package org.impasseadvisor.engine;

import java.util.EnumSet;
import java.util.List;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.descriptor.Training;

/** Factory methods that let a catalog read as a list of rules: {@code all(hasRootCause(FEAR), hasConcern(PTSD))}. */
public final class Conditions {

    private Conditions() {
    }

    public static Condition hasRootCause(RootCause cause) {
        return new Contains<>(Signals.ROOT_CAUSES, cause);
    }

    public static Condition hasConcern(Concern concern) {
        return new Contains<>(Signals.CONCERNS, concern);
    }

    public static Condition hasRupture(RuptureMarker marker) {
        return new Contains<>(Signals.RUPTURE_MARKERS, marker);
    }

    public static Condition trainedIn(Training training) {
        return new Contains<>(Signals.TRAINED_IN, training);
    }

    @SafeVarargs
    public static <E extends Enum<E>> Condition isOneOf(EnumSignal<E> signal, E first, E... rest) {
        return new IsOneOf<>(signal, EnumSet.of(first, rest));
    }

    public static Condition atLeast(NumberSignal signal, double threshold) {
        return new AtLeast(signal, threshold);
    }

    public static Condition atMost(NumberSignal signal, double threshold) {
        return new AtMost(signal, threshold);
    }

    public static Condition below(NumberSignal signal, double threshold) {
        return new Below(signal, threshold);
    }

    public static Condition isTrue(FlagSignal signal) {
        return new IsTrue(signal);
    }

    public static Condition all(Condition... parts) {
        return new All(List.of(parts));
    }

    public static Condition any(Condition... parts) {
        return new Any(List.of(parts));
    }

    public static Condition not(Condition part) {
        return new Not(part);
    }
}
