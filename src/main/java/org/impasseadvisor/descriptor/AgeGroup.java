package org.impasseadvisor.descriptor;

/** The client's age group. */
public enum AgeGroup implements Term {
    CHILD("Child",
            "Younger than 13."),
    ADOLESCENT("Adolescent",
            "13 to 17 years old."),
    ADULT("Adult",
            "18 to 64 years old."),
    OLDER_ADULT("Older adult",
            "65 years or older.");

    private final String label;
    private final String description;

    AgeGroup(String label, String description) {
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
