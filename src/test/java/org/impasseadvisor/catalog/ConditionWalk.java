package org.impasseadvisor.catalog;

import java.util.stream.Stream;
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

/** Flattens a condition into its leaves, so tests can ask what a catalog's rules look at. */
final class ConditionWalk {

    private ConditionWalk() {
    }

    static Stream<Condition> leaves(Condition condition) {
        if (condition instanceof All all) {
            return all.parts().stream().flatMap(ConditionWalk::leaves);
        }
        if (condition instanceof Any any) {
            return any.parts().stream().flatMap(ConditionWalk::leaves);
        }
        if (condition instanceof Not not) {
            return leaves(not.part());
        }
        if (condition instanceof Contains<?> || condition instanceof IsOneOf<?> || condition instanceof AtLeast
                || condition instanceof AtMost || condition instanceof Below || condition instanceof IsTrue) {
            return Stream.of(condition);
        }
        throw new IllegalArgumentException("unexpected condition kind: " + condition);
    }

    /** Whether a condition contains a negation, an "at most" or a "below" anywhere, i.e. can fire on a low value. */
    static boolean canFireOnLowValueOf(Condition condition, String field) {
        if (condition instanceof Not not) {
            return leaves(not.part()).anyMatch(leaf -> reads(leaf, field));
        }
        if (condition instanceof All all) {
            return all.parts().stream().anyMatch(part -> canFireOnLowValueOf(part, field));
        }
        if (condition instanceof Any any) {
            return any.parts().stream().anyMatch(part -> canFireOnLowValueOf(part, field));
        }
        return (condition instanceof Below below && below.signal().name().equals(field))
                || (condition instanceof AtMost atMost && atMost.signal().name().equals(field));
    }

    private static boolean reads(Condition leaf, String field) {
        return (leaf instanceof AtLeast atLeast && atLeast.signal().name().equals(field))
                || (leaf instanceof AtMost atMost && atMost.signal().name().equals(field))
                || (leaf instanceof Below below && below.signal().name().equals(field));
    }
}
