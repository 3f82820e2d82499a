package org.impasseadvisor.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordIdsTest {

    @Test
    void isAVersion7UuidOfTheIetfVariant() {
        UUID id = RecordIds.next();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void carriesItsMillisecondInTheFirst48Bits() {
        long millis = 1_795_000_000_123L;
        assertThat(RecordIds.at(millis).getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    @Test
    void idsOfALaterMillisecondSortAfterEarlierOnesAsTheDatabaseComparesThem() {
        UUID earlier = RecordIds.at(1_795_000_000_000L);
        UUID later = RecordIds.at(1_795_000_000_001L);
        // Databases compare UUIDs as unsigned 128-bit numbers, i.e. their canonical text.
        assertThat(later.toString()).isGreaterThan(earlier.toString());
    }

    @Test
    void idsOfTheSameMillisecondDifferInTheirRandomBits() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(RecordIds.at(1_795_000_000_000L));
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void idsMadeAcrossBufferRefillsAndThreadsAreAllDistinctVersion7Ids() throws Exception {
        Set<UUID> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        int perThread = RecordIds.IDS_PER_REFILL * 5 + 3;
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    ids.add(RecordIds.at(1_795_000_000_000L));
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(ids).hasSize(perThread * threads.length)
                .allSatisfy(id -> assertThat(id.version()).isEqualTo(7))
                .allSatisfy(id -> assertThat(id.variant()).isEqualTo(2));
    }

    @Test
    void theFirstIdAtOrAfterATimeSeparatesTheIdsMadeBeforeItFromTheOthers() {
        java.time.Instant time = java.time.Instant.ofEpochMilli(1_795_000_000_123L).plusNanos(400_000);
        UUID first = RecordIds.firstAtOrAfter(time);
        for (int i = 0; i < 1_000; i++) {
            assertThat(RecordIds.at(1_795_000_000_123L).toString()).as("same millisecond, before the time")
                    .isLessThan(first.toString());
            assertThat(RecordIds.at(1_795_000_000_124L).toString()).isGreaterThanOrEqualTo(first.toString());
        }
        UUID whole = RecordIds.firstAtOrAfter(java.time.Instant.ofEpochMilli(1_795_000_000_123L));
        assertThat(RecordIds.at(1_795_000_000_123L).toString()).isGreaterThanOrEqualTo(whole.toString());
        assertThat(RecordIds.at(1_795_000_000_122L).toString()).isLessThan(whole.toString());
        assertThat(RecordIds.createdAt(RecordIds.at(1_795_000_000_123L)))
                .isEqualTo(java.time.Instant.ofEpochMilli(1_795_000_000_123L));
    }

    @Test
    void printsAsACanonicalUuid() {
        assertThat(RecordIds.next().toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
}
