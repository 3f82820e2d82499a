package org.impasseadvisor.api.catalog;

import org.impasseadvisor.descriptor.Term;

/** One value of the descriptor vocabulary, with its label and a one-line description. */
public record TermView(String value, String label, String description) {

    static TermView of(Term term) {
        return new TermView(term.name(), term.label(), term.description());
    }
}
