package org.impasseadvisor.cdshooks.cards;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A CDS Hooks card. Optional fields are left out when empty, never sent as null, "" or [].
 *
 * @param uuid      always sent: feedback refers to it
 * @param summary   one sentence, under 140 characters
 * @param detail    GitHub-flavoured Markdown
 * @param indicator {@code info}, {@code warning} or {@code critical}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Card(String uuid, String summary, String detail, String indicator, Source source,
        List<Coding> overrideReasons) {

    public static final int MAX_SUMMARY = 140;

    public Card {
        if (summary == null || summary.isBlank() || summary.length() >= MAX_SUMMARY) {
            throw new IllegalArgumentException("card summary must be 1 to 139 characters: " + summary);
        }
        overrideReasons = List.copyOf(overrideReasons);
    }

    /** @param url where the clinician reads more; optional */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Source(String label, String url) {
    }

    /** A FHIR Coding with its display, as the spec asks for override reasons. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Coding(String system, String code, String display) {
    }
}
