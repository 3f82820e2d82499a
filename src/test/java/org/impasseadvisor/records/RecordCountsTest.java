package org.impasseadvisor.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.RootCause;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The counts insights are made of, over three records written by the store in a second of their own (two days
 * ago, so that no other test's records fall in it): one naming {@code LOW_MOTIVATION} and returning two
 * strategies, one naming {@code FEAR} and {@code DENIAL} and returning one of them, one naming nothing and
 * returning nothing. Runs on the test database (H2, or PostgreSQL in CI).
 */
@QuarkusTest
class RecordCountsTest {

    private static final Instant FROM = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant TO = FROM.plusSeconds(1);
    private static final UUID LOW_MOTIVATION = RecordIds.at(FROM.toEpochMilli());
    private static final UUID FEAR_AND_DENIAL = RecordIds.at(FROM.toEpochMilli() + 1);
    private static final UUID NOTHING = RecordIds.at(FROM.toEpochMilli() + 2);

    @Inject
    RecordSchema schema;

    @Inject
    RecordStore store;

    @Inject
    RecordCounts counts;

    private static PendingRecord record(UUID id, Set<RootCause> causes, PendingRecord.Returned... returned) {
        ImpasseDescriptor descriptor = new ImpasseDescriptor(causes, null, null, null, null, null, null,
                ImpasseDescriptor.DEFAULT_LIMIT);
        return new PendingRecord(id, "1.0.0", "a".repeat(64), "REST", null, descriptor, List.of(returned));
    }

    private static PendingRecord.Returned returned(String strategyId, int rank, double score) {
        return new PendingRecord.Returned(strategyId, rank, score, null);
    }

    @BeforeEach
    void threeRecords() {
        schema.ensureCurrent();
        store.writeMissing(List.of(
                record(LOW_MOTIVATION, Set.of(RootCause.LOW_MOTIVATION),
                        returned("first-strategy", 1, 4.5), returned("second-strategy", 2, 2.0)),
                record(FEAR_AND_DENIAL, Set.of(RootCause.FEAR, RootCause.DENIAL), returned("second-strategy", 1, 3.0)),
                record(NOTHING, Set.of())));
    }

    private Map<String, Long> recommended(RootCause cause) {
        return counts.count(FROM, TO, cause).recommended();
    }

    @Test
    void eachStrategyIsCountedOncePerRecordThatReturnedIt() {
        assertThat(recommended(null)).containsExactlyInAnyOrderEntriesOf(
                Map.of("first-strategy", 1L, "second-strategy", 2L));
    }

    @Test
    void aRootCauseCountsOnlyTheRecordsNamingIt() {
        assertThat(recommended(RootCause.LOW_MOTIVATION)).containsExactlyInAnyOrderEntriesOf(
                Map.of("first-strategy", 1L, "second-strategy", 1L));
        assertThat(recommended(RootCause.DENIAL)).as("one of two causes")
                .containsExactlyInAnyOrderEntriesOf(Map.of("second-strategy", 1L));
        assertThat(recommended(RootCause.AMBIVALENCE)).isEmpty();
    }

    @Test
    void theRecordKeepsItsRootCausesAndItsStrategiesInRankOrder() {
        RecommendationRecord record = QuarkusTransaction.requiringNew()
                .call(() -> RecommendationRecord.findById(LOW_MOTIVATION));

        assertThat(record.rootCauses).containsExactly("LOW_MOTIVATION");
        assertThat(record.strategyIds).containsExactly("first-strategy", "second-strategy");
        assertThat(store.returnedStrategies(NOTHING)).hasValue(Set.of());
    }
}
