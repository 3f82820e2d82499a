package org.impasseadvisor.descriptor;

/** A presenting clinical concern. */
public enum Concern implements Term {
    PTSD("PTSD",
            "Post-traumatic stress disorder or significant trauma symptoms."),
    DEPRESSION("Depression",
            "A depressive disorder or significant depressive symptoms."),
    ANXIETY("Anxiety",
            "An anxiety disorder or significant anxiety symptoms."),
    SUBSTANCE_USE("Substance use",
            "Harmful use of alcohol or other substances."),
    BEHAVIORAL_ADDICTION("Behavioural addiction",
            "A behavioural addiction, such as sexual impulsivity or gambling."),
    OTHER("Other",
            "Another presenting concern.");

    private final String label;
    private final String description;

    Concern(String label, String description) {
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
