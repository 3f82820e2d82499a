package org.impasseadvisor.records;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Ids for recommendation records: time-ordered UUIDs (version 7, RFC 9562), a millisecond timestamp
 * followed by 74 random bits.
 *
 * <p>The id is the records' primary key and the first column of their child tables' keys. Random
 * (version 4) ids scatter every batch of inserts across all the leaves of those indexes, so each commit
 * rewrites pages all over the database; ids that grow with time append at the end. The random bits
 * come from a {@link SecureRandom}, as in version 4: 74 of them rather than 122, still far beyond
 * guessing an id.
 *
 * <p>A record's creation time is its id's millisecond ({@link #createdAt}), so a period of records is a range of
 * ids ({@link #firstAtOrAfter}) that the primary key finds without an index on the time.
 *
 * <p>Ids are made on the event loops, one per answer. Each thread takes its random bytes from a buffer of its
 * own, refilled from the shared {@link SecureRandom} {@value #IDS_PER_REFILL} ids at a time: one call (and one
 * lock) per {@value #IDS_PER_REFILL} ids instead of one per id, and the bytes are still the SecureRandom's,
 * each used once.
 */
public final class RecordIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_BYTES = 10;
    static final int IDS_PER_REFILL = 64;
    private static final ThreadLocal<RandomBytes> BYTES = ThreadLocal.withInitial(RandomBytes::new);

    private RecordIds() {
    }

    /** A new id for a record created now. */
    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    /** When the record with this id was created: the id's millisecond. */
    public static Instant createdAt(UUID id) {
        return Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16);
    }

    /**
     * The least id of a record created at {@code time} or later, as the databases order ids (unsigned, as
     * their canonical text): records created before {@code time} have smaller ids, the others this one or larger.
     */
    public static UUID firstAtOrAfter(Instant time) {
        long millis = time.toEpochMilli();
        if (Instant.ofEpochMilli(millis).isBefore(time)) {
            millis++; // a record's time is a whole millisecond: one in the same millisecond is before time
        }
        return new UUID(millis << 16 | 0x7000L, 0x8000_0000_0000_0000L);
    }

    static UUID at(long epochMillis) {
        RandomBytes bytes = BYTES.get();
        int at = bytes.take();
        byte[] random = bytes.buffer;
        long randomA = (random[at] & 0x0FL) << 8 | random[at + 1] & 0xFFL;
        long randomB = 0;
        for (int i = at + 2; i < at + RANDOM_BYTES; i++) {
            randomB = randomB << 8 | random[i] & 0xFFL;
        }
        long high = epochMillis << 16 | 0x7000L | randomA;
        long low = 0x8000_0000_0000_0000L | randomB & 0x3FFF_FFFF_FFFF_FFFFL;
        return new UUID(high, low);
    }

    /** A thread's SecureRandom bytes; each id's ten are taken once. */
    private static final class RandomBytes {
        final byte[] buffer = new byte[RANDOM_BYTES * IDS_PER_REFILL];
        private int next = buffer.length;

        /** Where the next id's ten bytes start, refilling the buffer when it is used up. */
        int take() {
            if (next == buffer.length) {
                RANDOM.nextBytes(buffer);
                next = 0;
            }
            int at = next;
            next += RANDOM_BYTES;
            return at;
        }
    }
}
