package org.impasseadvisor.engine;

/**
 * How a reference was checked. There is deliberately no "unverified" value: an unverified claim
 * cannot be cited in the catalog at all.
 */
public enum Evidence {
    /** Read in the source. */
    VERIFIED,
    /** Taken from a secondary or commercial page. */
    SECONDARY
}
