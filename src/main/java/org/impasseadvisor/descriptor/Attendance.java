package org.impasseadvisor.descriptor;

/** Why the client attends therapy. */
public enum Attendance implements Term {
    VOLUNTARY("Voluntary",
            "The client chose to come."),
    FAMILY_INSISTED("Family insisted",
            "Family members, such as parents, insisted on therapy."),
    PARTNER_INSISTED("Partner insisted",
            "A partner or spouse insisted on therapy."),
    COURT_ORDERED("Court ordered",
            "A court mandated therapy."),
    EMPLOYER_REQUIRED("Employer required",
            "An employer required therapy.");

    private final String label;
    private final String description;

    Attendance(String label, String description) {
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
