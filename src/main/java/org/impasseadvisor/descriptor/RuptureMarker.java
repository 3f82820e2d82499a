package org.impasseadvisor.descriptor;

/** A marker of an alliance rupture. */
public enum RuptureMarker implements Term {
    WITHDRAWAL("Withdrawal",
            "The client moves away: silence, deflection, over-compliance, missed sessions."),
    CONFRONTATION("Confrontation",
            "The client moves against the therapist: complaints, blame, hostility.");

    private final String label;
    private final String description;

    RuptureMarker(String label, String description) {
        this.label = label;
        this.description = description;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }
}
