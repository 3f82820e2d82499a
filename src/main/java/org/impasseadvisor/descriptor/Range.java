package org.impasseadvisor.descriptor;

/**
 * The allowed values of a numeric descriptor field, inclusive at both ends.
 * The records check their values against it, and the JSON reader uses it to name the bounds in a problem.
 */
public record Range(String field, long min, long max) {

    public Range {
        if (min > max) {
            throw new IllegalArgumentException(field + ": min " + min + " exceeds max " + max);
        }
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** The bounds as a reader would write them, e.g. "0 to 27" or "at least 0". */
    public String describe() {
        return max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
    }

    <N extends Number> N check(N value) {
        if (value != null && !contains(value.doubleValue())) {
            throw new IllegalArgumentException(field + " must be " + describe() + ", was " + value);
        }
        return value;
    }
}
