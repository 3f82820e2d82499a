package org.impasseadvisor.cdshooks.cards;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A CDS Hooks card. Optional fields are left out when empty, never sent as null, "" or [].
 *
 * @param uuid              feedback refers to it; absent only on the note naming what could not be read,
 *                          which carries no strategy
 * @param summary           one sentence, under 140 characters
 * @param detail            GitHub-flavoured Markdown
 * @param indicator         {@code info}, {@code warning} or {@code critical}
 * @param suggestions       what the clinician can accept: accepting is reported as {@code accepted} feedback
 * @param selectionBehavior {@code at-most-one} when there are suggestions, as the spec requires
 * @param links             pages to open, e.g. the strategy's public page
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Card(String uuid, String summary, String detail, String indicator, Source source,
        List<Suggestion> suggestions, String selectionBehavior, List<Coding> overrideReasons, List<Link> links) {

    public static final int MAX_SUMMARY = 140;

    public Card {
        if (summary == null || summary.isBlank() || summary.length() >= MAX_SUMMARY) {
            throw new IllegalArgumentException("card summary must be 1 to 139 characters: " + summary);
        }
        suggestions = List.copyOf(suggestions);
        if (!suggestions.isEmpty() && selectionBehavior == null) {
            throw new IllegalArgumentException("a card with suggestions needs a selectionBehavior");
        }
        overrideReasons = List.copyOf(overrideReasons);
        links = List.copyOf(links);
    }

    /** @param url where the clinician reads more; optional */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Source(String label, String url) {
    }

    /** A FHIR Coding with its display, as the spec asks for override reasons. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Coding(String system, String code, String display) {
    }

    /** A suggestion without actions: accepting it is the clinician saying "I will use this". */
    public record Suggestion(String label, String uuid) {
    }

    /** @param type {@code absolute}: a page opened as it is */
    public record Link(String label, String url, String type) {
    }
}
