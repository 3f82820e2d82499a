package org.impasseadvisor.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.impasseadvisor.descriptor.RootCause;
import org.junit.jupiter.api.Test;

class PackedListsTest {

    @Test
    void everyItemSitsBetweenTwoDelimitersAndAnEmptyListIsEmptyText() {
        assertThat(PackedLists.rootCauses(EnumSet.of(RootCause.FEAR, RootCause.LOW_MOTIVATION)))
                .isEqualTo("|FEAR|LOW_MOTIVATION|");
        assertThat(PackedLists.rootCauses(EnumSet.noneOf(RootCause.class))).isEmpty();
        assertThat(PackedLists.strategies(List.of())).isEmpty();
    }

    @Test
    void strategiesKeepRankOrderAndScoresAndTheirIdsComeBack() {
        String packed = PackedLists.strategies(List.of(
                new PendingRecord.Returned("safety-planning", 1, 9.0, null),
                new PendingRecord.Returned("motivational-interviewing", 2, 4.5, null)));

        assertThat(packed).isEqualTo("|safety-planning=9.0|motivational-interviewing=4.5|");
        assertThat(PackedLists.strategyIds(packed)).containsExactly("safety-planning", "motivational-interviewing");
        assertThat(PackedLists.strategyIds("")).isEmpty();
    }

    @Test
    void patternsEscapeTheOneCharacterWildcardOfEnumNames() {
        assertThat(PackedLists.rootCausePattern(RootCause.LOW_MOTIVATION)).isEqualTo("%|LOW!_MOTIVATION|%");
        assertThat(PackedLists.strategyPattern("safety-planning")).isEqualTo("%|safety-planning=%");
    }
}
