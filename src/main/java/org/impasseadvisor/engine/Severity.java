package org.impasseadvisor.engine;

/** How urgent an alert is; CRITICAL comes before WARNING. */
public enum Severity {
    CRITICAL, WARNING
}
