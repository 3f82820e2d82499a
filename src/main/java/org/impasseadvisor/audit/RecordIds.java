package org.impasseadvisor.audit;

import java.security.SecureRandom;
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
 */
public final class RecordIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RecordIds() {
    }

    /** A new id for a record created now. */
    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long randomA = (random[0] & 0x0FL) << 8 | random[1] & 0xFFL;
        long randomB = 0;
        for (int i = 2; i < 10; i++) {
            randomB = randomB << 8 | random[i] & 0xFFL;
        }
        long high = epochMillis << 16 | 0x7000L | randomA;
        long low = 0x8000_0000_0000_0000L | randomB & 0x3FFF_FFFF_FFFF_FFFFL;
        return new UUID(high, low);
    }
}
