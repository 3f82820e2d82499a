package org.impasseadvisor.catalog;

import org.impasseadvisor.engine.Evidence;
import org.impasseadvisor.engine.Reference;

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

    /**
     * The article's section as the source of a rule that rests on its contributors' practice alone,
     * labelled as practitioner experience so that no clinician reads it as tested evidence.
     */
    public Reference practice() {
        return new Reference("Practitioner experience, not tested evidence: \"How Do You Handle a Therapeutic"
                + " Impasse?\", section \"" + heading + "\"", null, Evidence.PRACTITIONER);
    }
}
