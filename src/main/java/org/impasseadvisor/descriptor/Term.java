package org.impasseadvisor.descriptor;

/**
 * A value of the descriptor vocabulary, with the words a client shows a clinician.
 * Every enum of the descriptor implements it, so a form can be built from the catalog endpoint.
 */
public interface Term {

    /** The UPPER_SNAKE_CASE value used on the wire. */
    String name();

    /** A short label for a form. */
    String label();

    /** One line that says what the value means. */
    String description();
}
