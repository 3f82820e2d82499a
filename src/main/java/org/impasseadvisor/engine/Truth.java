package org.impasseadvisor.engine;

/**
 * Three-valued (Kleene) logic. A condition on a field the caller did not send is {@link #UNKNOWN},
 * and only {@link #TRUE} fires a rule, so a missing fact is never silently read as "no".
 */
public enum Truth {
    TRUE, FALSE, UNKNOWN;

    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
