package org.impasseadvisor.descriptor;

/** A method the therapist is trained in. */
public enum Training implements Term {
    EMDR("EMDR",
            "Eye Movement Desensitization and Reprocessing."),
    MOTIVATIONAL_INTERVIEWING("Motivational interviewing",
            "Motivational interviewing (OARS)."),
    MINDFULNESS("Mindfulness",
            "Mindfulness-based interventions."),
    BEHAVIORAL_ACTIVATION("Behavioural activation",
            "Behavioural activation for depression."),
    CBT("CBT",
            "Cognitive behavioural therapy.");

    private final String label;
    private final String description;

    Training(String label, String description) {
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
