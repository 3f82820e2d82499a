package org.impasseadvisor.api.recommendation;

import java.util.List;
import org.impasseadvisor.engine.NearMiss;

/**
 * A rule of two or more conjoined conditions that did not fire because exactly one of them did not hold.
 *
 * @param failedCondition the canonical text of the one condition that did not hold
 */
public record NearMissView(String ruleId, String strategyId, String failedCondition,
        List<ObservationView> observations) {

    static NearMissView of(NearMiss miss) {
        return new NearMissView(miss.ruleId(), miss.strategyId(), miss.failedCondition(),
                ObservationView.of(miss.observations()));
    }
}
