package org.impasseadvisor.engine;

import java.util.List;

/**
 * A way through an impasse, as the catalog presents it to a clinician.
 *
 * @param id         stable kebab-case id, used in URLs and feedback
 * @param steps      concrete steps, in order
 * @param cautions   what to watch for or avoid
 * @param origin     the seed article section the strategy comes from, or "evidence"
 * @param references published sources for the strategy
 */
public record Strategy(
        String id,
        String title,
        String summary,
        List<String> steps,
        List<String> cautions,
        String origin,
        List<Reference> references) {

    public Strategy {
        Text.requireText(id, "strategy id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("strategy id must be kebab-case: " + id);
        }
        Text.requireText(title, "title of strategy " + id);
        Text.requireText(summary, "summary of strategy " + id);
        steps = Text.requireTexts(steps, "steps of strategy " + id);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("strategy " + id + " needs at least one step");
        }
        cautions = Text.requireTexts(cautions, "cautions of strategy " + id);
        Text.requireText(origin, "origin of strategy " + id);
        references = List.copyOf(references);
    }
}
