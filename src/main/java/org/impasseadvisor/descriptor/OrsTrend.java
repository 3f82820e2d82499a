package org.impasseadvisor.descriptor;

/** The trend of the Outcome Rating Scale over recent sessions. */
public enum OrsTrend implements Term {
    IMPROVING("Improving",
            "Scores are rising."),
    FLAT("Flat",
            "Scores are not changing."),
    DETERIORATING("Deteriorating",
            "Scores are falling.");

    private final String label;
    private final String description;

    OrsTrend(String label, String description) {
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
