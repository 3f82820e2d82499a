package org.impasseadvisor.api.recommendation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.impasseadvisor.descriptor.Term;
import org.impasseadvisor.descriptor.Vocabulary;
import org.impasseadvisor.engine.All;
import org.impasseadvisor.engine.Any;
import org.impasseadvisor.engine.AtLeast;
import org.impasseadvisor.engine.AtMost;
import org.impasseadvisor.engine.Below;
import org.impasseadvisor.engine.Condition;
import org.impasseadvisor.engine.Contains;
import org.impasseadvisor.engine.IsOneOf;
import org.impasseadvisor.engine.IsTrue;
import org.impasseadvisor.engine.Not;

/**
 * A condition in the words a clinician reads, with the vocabulary's labels: {@code stage of change is
 * Precontemplation}, {@code the therapist's trained methods include neither EMDR nor CBT}.
 */
final class ConditionWords {

    private ConditionWords() {
    }

    static String of(Condition condition) {
        if (condition instanceof Contains<?> contains) {
            return Vocabulary.label(contains.signal().name()) + " include " + label(contains.value());
        }
        if (condition instanceof IsOneOf<?> isOneOf) {
            return Vocabulary.label(isOneOf.signal().name()) + " is " + labels(isOneOf.values(), "or");
        }
        if (condition instanceof AtLeast atLeast) {
            return Vocabulary.label(atLeast.signal().name()) + " is at least " + number(atLeast.threshold());
        }
        if (condition instanceof AtMost atMost) {
            return Vocabulary.label(atMost.signal().name()) + " is at most " + number(atMost.threshold());
        }
        if (condition instanceof Below below) {
            return Vocabulary.label(below.signal().name()) + " is below " + number(below.threshold());
        }
        if (condition instanceof IsTrue isTrue) {
            return Vocabulary.label(isTrue.signal().name());
        }
        if (condition instanceof All all) {
            return all.parts().stream().map(ConditionWords::of).collect(Collectors.joining(" and "));
        }
        if (condition instanceof Any any) {
            if (sameSetField(any.parts())) {
                return Vocabulary.label(((Contains<?>) any.parts().get(0)).signal().name()) + " include "
                        + setLabels(any.parts(), "or");
            }
            return any.parts().stream().map(ConditionWords::of).collect(Collectors.joining(" or "));
        }
        return negation(((Not) condition).part());
    }

    private static String negation(Condition part) {
        if (part instanceof Contains<?> contains) {
            return Vocabulary.label(contains.signal().name()) + " do not include " + label(contains.value());
        }
        if (part instanceof IsOneOf<?> isOneOf) {
            return Vocabulary.label(isOneOf.signal().name()) + " is "
                    + (isOneOf.values().size() == 1 ? "not " + labels(isOneOf.values(), "or")
                            : "neither " + labels(isOneOf.values(), "nor"));
        }
        if (part instanceof Any any && sameSetField(any.parts())) {
            return Vocabulary.label(((Contains<?>) any.parts().get(0)).signal().name()) + " include neither "
                    + setLabels(any.parts(), "nor");
        }
        return "not (" + of(part) + ")";
    }

    private static boolean sameSetField(List<Condition> parts) {
        return parts.stream().allMatch(p -> p instanceof Contains<?> c
                && c.signal().equals(((Contains<?>) parts.get(0)).signal()));
    }

    private static String setLabels(List<Condition> contains, String conjunction) {
        return contains.stream().map(part -> label(((Contains<?>) part).value()))
                .collect(Collectors.joining(" " + conjunction + " "));
    }

    private static String labels(Set<? extends Enum<?>> values, String conjunction) {
        return values.stream().map(ConditionWords::label).collect(Collectors.joining(" " + conjunction + " "));
    }

    private static String label(Enum<?> value) {
        return value instanceof Term term ? term.label() : value.name();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
