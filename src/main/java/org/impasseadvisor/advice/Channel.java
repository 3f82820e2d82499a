package org.impasseadvisor.advice;

/** How a recommendation was asked for, or how feedback on it arrived. */
public enum Channel {
    REST, CDS_HOOKS
}
