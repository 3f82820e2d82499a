package org.impasseadvisor.engine;

/**
 * How a reference was checked. There is deliberately no "unverified" value: an unverified claim
 * cannot be cited in the catalog at all. Practitioner experience is cited as such, never as evidence.
 */
public enum Evidence {
    /** Read in the source. */
    VERIFIED,
    /** Taken from a secondary or commercial page. */
    SECONDARY,
    /**
     * Practitioner experience reported in the article a strategy comes from: what its contributors do in
     * their own practice, labelled so, not tested evidence.
     */
    PRACTITIONER
}
