package org.impasseadvisor.descriptor;

/** The clinician's latest recorded suicide risk level. */
public enum SuicideRisk implements Term {
    NONE("None",
            "No current suicide risk identified."),
    LOW("Low",
            "Low suicide risk."),
    MODERATE("Moderate",
            "Moderate suicide risk."),
    HIGH("High",
            "High suicide risk: safety precautions needed."),
    IMMINENT("Imminent",
            "Imminent suicide risk: act now.");

    private final String label;
    private final String description;

    SuicideRisk(String label, String description) {
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
