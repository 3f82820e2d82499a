package org.impasseadvisor.catalog;

/**
 * The eight sections of the practitioner article the catalog's strategies come from. A strategy's
 * origin is its section's heading, verbatim, so a clinician can find the advice in the article.
 */
public enum SeedSection {
    TIME_AND_REFERRALS("Navigate Impasses with Time and Referrals"),
    TRUST_AND_BOUNDARIES("Build Trust and Set Therapy Boundaries"),
    TAILORED_INTERVENTIONS("Address PTSD with Tailored Interventions"),
    MINDFULNESS("Utilize Mindfulness for Emotional Regulation"),
    CLIENT_GROWTH("Encourage Client Growth Through Impasses"),
    MOTIVATIONAL_INTERVIEWING("Employ Motivational Interviewing and Rapport-Building"),
    FEEDBACK_AND_CULTURE("Seek Feedback and Respect Cultural Perspectives"),
    GOALS_AND_ALLIANCE("Revisit Goals and Foster Collaborative Alliance");

    /** The origin of a strategy that comes from the published evidence rather than from the article. */
    public static final String EVIDENCE_ORIGIN = "evidence";

    private final String heading;

    SeedSection(String heading) {
        this.heading = heading;
    }

    /** The section heading exactly as the article prints it. */
    public String heading() {
        return heading;
    }
}
