package org.impasseadvisor.catalog;

import static org.impasseadvisor.engine.Conditions.all;
import static org.impasseadvisor.engine.Conditions.any;
import static org.impasseadvisor.engine.Conditions.atLeast;
import static org.impasseadvisor.engine.Conditions.hasConcern;
import static org.impasseadvisor.engine.Conditions.hasRootCause;
import static org.impasseadvisor.engine.Conditions.trainedIn;

import java.util.List;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.Training;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Condition;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.Signals;
import org.impasseadvisor.engine.Strategy;

/** "Utilize Mindfulness for Emotional Regulation", practised in a trauma-sensitive way. */
final class Mindfulness {

    static final Strategy MINDFULNESS = new Strategy(
            "mindfulness-for-emotional-regulation",
            "Trauma-sensitive mindfulness for emotional regulation",
            "Teach the client to attend to the present moment without judgement, so strong emotions can be"
                    + " noticed and explored without immediate reactivity.",
            List.of(
                    "Introduce a short practice in session, such as mindful breathing or a brief body scan.",
                    "Invite rather than instruct: eyes open is fine, and the client chooses the anchor and posture.",
                    "Watch for signs of leaving the window of tolerance and return to grounding if they appear.",
                    "Agree on a brief daily practice between sessions and review it together.",
                    "Use the calmer state to explore thoughts and emotions that were too charged before."),
            List.of("Invite, never instruct; keep the client within the window of tolerance.",
                    "In one survey of meditators, 25.4 % reported unwanted effects, mostly temporary: ask about them.",
                    "The article's \"moderate to large\" effects are only partly supported by the meta-analyses:"
                            + " do not promise the client a large effect."),
            SeedSection.MINDFULNESS.heading(),
            List.of(Sources.KHOURY_2013, Sources.HOPWOOD_SCHUTTE_2017, Sources.TRAUMA_SENSITIVE_MINDFULNESS,
                    Sources.CEBOLLA_2017));

    private static final Condition DYSREGULATION = hasRootCause(RootCause.EMOTIONAL_DYSREGULATION);

    private Mindfulness() {
    }

    static void addTo(Catalog.Builder catalog) {
        String id = MINDFULNESS.id();
        catalog.rule(Rule.score("dysregulation-mindfulness", id, 2.5, DYSREGULATION,
                "Mindfulness-based interventions improve emotional regulation and reduce reactivity.",
                Sources.KHOURY_2013));
        catalog.rule(Rule.score("dysregulation-with-anxiety-or-depression-mindfulness", id, 0.5,
                all(DYSREGULATION, any(hasConcern(Concern.ANXIETY), hasConcern(Concern.DEPRESSION))),
                "Mindfulness effects are clearest for anxiety, depression and stress.",
                Sources.KHOURY_2013));
        catalog.rule(Rule.score("dysregulation-gad7-mindfulness", id, 0.5,
                all(DYSREGULATION, atLeast(Signals.GAD7_TOTAL, 10)),
                "A GAD-7 total of 10 or more marks anxiety that warrants attention; mindfulness helps with"
                        + " anxiety.",
                Sources.KHOURY_2013));
        catalog.rule(Rule.score("dysregulation-mindfulness-trained", id, 0.5,
                all(DYSREGULATION, trainedIn(Training.MINDFULNESS)),
                "The therapist is trained in mindfulness-based interventions.",
                Sources.TRAUMA_SENSITIVE_MINDFULNESS));
    }
}
