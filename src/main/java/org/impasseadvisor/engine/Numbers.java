package org.impasseadvisor.engine;

/** Prints numbers in canonical texts without a needless ".0", so a condition reads ">= 1" and not ">= 1.0". */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    static String format(Number value) {
        return value == null ? Observation.MISSING : format(value.doubleValue());
    }
}
