package org.impasseadvisor.cdshooks;

import java.util.Arrays;
import java.util.Optional;

/** The services this CDS Hooks endpoint offers: one per hook it answers. */
public enum CdsService {
    PATIENT_VIEW("impasse-advisor-patient-view", "patient-view",
            "Impasse Advisor: strategies for a stalled therapy",
            "When a therapist opens the chart of a client whose therapy has stalled, suggests ranked,"
                    + " explained strategies from the impasse recorded with the impasse Questionnaire, and raises"
                    + " suicide-risk alerts first.",
            false),
    ENCOUNTER_START("impasse-advisor-encounter-start", "encounter-start",
            "Impasse Advisor: strategies at the start of a session",
            "When a therapy session starts, suggests ranked, explained strategies for a recorded impasse, and"
                    + " raises suicide-risk alerts first.",
            true);

    private final String id;
    private final String hook;
    private final String title;
    private final String description;
    private final boolean encounterRequired;

    CdsService(String id, String hook, String title, String description, boolean encounterRequired) {
        this.id = id;
        this.hook = hook;
        this.title = title;
        this.description = description;
        this.encounterRequired = encounterRequired;
    }

    public String id() {
        return id;
    }

    public String hook() {
        return hook;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** encounter-start requires context.encounterId; patient-view does not. */
    public boolean encounterRequired() {
        return encounterRequired;
    }

    public static Optional<CdsService> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
