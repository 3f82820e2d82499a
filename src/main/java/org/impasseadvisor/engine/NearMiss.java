package org.impasseadvisor.engine;

import java.util.List;

/**
 * A rule of two or more conjoined conditions that did not fire because exactly one of them did not hold.
 *
 * @param failedCondition the canonical text of the one condition that did not hold
 * @param observations    what that condition observed
 */
public record NearMiss(String ruleId, String strategyId, String failedCondition, List<Observation> observations) {
}
