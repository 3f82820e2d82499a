package org.impasseadvisor.api.recommendation;

import java.util.List;

/**
 * Why one strategy is in the answer, or was withheld from it, in words a clinician reads.
 *
 * @param status           RETURNED or WITHHELD
 * @param rank             its rank when returned; absent when withheld
 * @param because          the raising alert's message when an alert pinned it, then the rationale of
 *                         each fired score rule
 * @param withheldBecause  the reason of the gate that withheld it; absent when returned
 * @param wouldAlsoApplyIf for a returned strategy, each of its score rules that failed on one condition
 *                         only, as "Would also apply if …", noting a field that was not recorded; empty
 *                         for a withheld one
 */
public record StrategySummaryView(
        String id,
        String title,
        String status,
        Integer rank,
        List<String> because,
        String withheldBecause,
        List<String> wouldAlsoApplyIf) {
}
