package org.impasseadvisor.descriptor;

/** What an impasse is rooted in; each value traces to a section of the seed article. */
public enum RootCause implements Term {
    POWER_STRUGGLE("Power struggle",
            "Client and therapist are locked in a contest over the direction of therapy."),
    IRRECONCILABLE_DIFFERENCES("Irreconcilable differences",
            "Client and therapist differ on something neither can set aside."),
    PERSONALITY_MISMATCH("Personality mismatch",
            "The personalities of client and therapist do not fit."),
    DENIAL("Denial",
            "The client does not yet see or accept what needs to be addressed."),
    APPROACH_MISALIGNMENT("Approach misalignment",
            "The client does not align with the therapist's approach or boundaries."),
    FEAR("Fear",
            "The client is held back by fear, often of trauma material."),
    LOW_MOTIVATION("Low motivation",
            "The client lacks drive to change, for example from depression."),
    DECEPTION("Deception",
            "The client's accounts do not match their behaviour, or a third party reports lying in session."),
    EMOTIONAL_DYSREGULATION("Emotional dysregulation",
            "Strong emotions overwhelm the client in or between sessions."),
    UNMET_NEEDS("Unmet needs",
            "The client has needs that the therapy is not meeting."),
    DISENGAGEMENT("Disengagement",
            "The client attends but does not engage with the work."),
    LACK_OF_CONNECTION("Lack of connection",
            "Client and therapist have not formed a working connection."),
    CULTURAL_DISCONNECT("Cultural disconnect",
            "Differences in cultural perspective block the work."),
    THERAPIST_COMPETENCE_GAP("Therapist competence gap",
            "The subject, diagnosis or intervention needed is outside the therapist's competence."),
    THERAPIST_SAFETY_CONCERN("Therapist safety concern",
            "The therapist does not feel safe continuing with this client."),
    COUNTERTRANSFERENCE("Countertransference",
            "The therapist's own feelings or biases are getting in the way."),
    STALLED_PROGRESS("Stalled progress",
            "Sessions continue but progress toward the goals has stopped."),
    AMBIVALENCE("Ambivalence",
            "The client is of two minds about changing.");

    private final String label;
    private final String description;

    RootCause(String label, String description) {
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
