package org.impasseadvisor.advice.feedback;

/** Why a clinician did not follow a recommended strategy. */
public enum OverrideReason {
    NOT_APPLICABLE("Not applicable", "The strategy does not fit this client or situation."),
    ALREADY_TRIED("Already tried", "The strategy was tried before without success."),
    CLIENT_DECLINED("Client declined", "The client did not agree to the strategy."),
    CLINICAL_JUDGEMENT("Clinical judgement", "The clinician judged another course better."),
    OTHER("Other", "Another reason.");

    private final String label;
    private final String description;

    OverrideReason(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
