package org.impasseadvisor.descriptor;

/** The client's stage of change. */
public enum Readiness implements Term {
    PRECONTEMPLATION("Precontemplation",
            "Not yet considering change."),
    CONTEMPLATION("Contemplation",
            "Considering change but undecided."),
    PREPARATION("Preparation",
            "Intending to change soon and planning how."),
    ACTION("Action",
            "Actively changing."),
    MAINTENANCE("Maintenance",
            "Sustaining a change already made.");

    private final String label;
    private final String description;

    Readiness(String label, String description) {
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
