package org.impasseadvisor.api.catalog;

import java.util.List;
import org.impasseadvisor.engine.Reference;

/**
 * A published source behind a strategy, a rule or an alert (the contract's {@code Reference}).
 *
 * @param url      where to read it; absent when there is no stable address
 * @param evidence how it was checked: VERIFIED, SECONDARY or PRACTITIONER
 */
public record ReferenceView(String citation, String url, String evidence) {

    public static List<ReferenceView> of(List<Reference> references) {
        return references.stream()
                .map(r -> new ReferenceView(r.citation(), r.url(), r.evidence().name()))
                .toList();
    }
}
