package org.impasseadvisor.audit;

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
    void printsAsACanonicalUuid() {
        assertThat(RecordIds.next().toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
}
