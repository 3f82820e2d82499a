package org.impasseadvisor.api.recommendation;

import org.impasseadvisor.engine.Withheld;

/** A strategy that would have been recommended but was withheld, and the gate that withheld it. */
public record WithheldView(String id, String title, String ruleId, String reason) {

    static WithheldView of(Withheld withheld) {
        return new WithheldView(withheld.strategy().id(), withheld.strategy().title(), withheld.gate().id(),
                withheld.gate().rationale());
    }
}
