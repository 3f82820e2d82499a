package org.impasseadvisor.records;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.impasseadvisor.descriptor.RootCause;

/**
 * How a record keeps its root causes and returned strategies: each list in one text column, every item
 * between two {@code |}, so that a query finds a member with {@code like '%|ITEM|%'} (see {@link #rootCausePattern})
 * and a record is one row to write. Root causes are enum names; strategies are kebab-case ids with their score,
 * in rank order: {@code |safety-planning=9.0|motivational-interviewing=4.5|}. An empty list is the empty text.
 * Neither can contain the delimiters, and neither holds anything but codes and numbers.
 */
public final class PackedLists {

    /** The escape character of the patterns, declared with {@code escape '!'} in the queries. */
    public static final char ESCAPE = '!';

    private static final char DELIMITER = '|';
    private static final char SCORE = '=';

    private PackedLists() {
    }

    static String rootCauses(Collection<RootCause> causes) {
        StringBuilder packed = new StringBuilder(causes.size() * 16);
        for (RootCause cause : causes) {
            packed.append(DELIMITER).append(cause.name());
        }
        return close(packed);
    }

    static String strategies(List<PendingRecord.Returned> returned) {
        StringBuilder packed = new StringBuilder(returned.size() * 40);
        for (PendingRecord.Returned strategy : returned) {
            packed.append(DELIMITER).append(strategy.strategyId()).append(SCORE).append(strategy.score());
        }
        return close(packed);
    }

    /** The ids of the strategies in a packed list, in rank order. */
    static Set<String> strategyIds(String packed) {
        Set<String> ids = new LinkedHashSet<>();
        int start = 1;
        while (start < packed.length()) {
            int end = packed.indexOf(DELIMITER, start);
            ids.add(packed.substring(start, packed.indexOf(SCORE, start)));
            start = end + 1;
        }
        return ids;
    }

    /** A {@code like} pattern (escape {@link #ESCAPE}) matching a packed root-cause list that holds the cause. */
    static String rootCausePattern(RootCause cause) {
        return "%" + DELIMITER + escaped(cause.name()) + DELIMITER + "%";
    }

    /** A {@code like} pattern (escape {@link #ESCAPE}) matching a packed strategy list that holds the strategy. */
    static String strategyPattern(String strategyId) {
        return "%" + DELIMITER + escaped(strategyId) + SCORE + "%";
    }

    private static String close(StringBuilder packed) {
        return packed.isEmpty() ? "" : packed.append(DELIMITER).toString();
    }

    /** Enum names hold {@code _}, a one-character wildcard in {@code like}. */
    private static String escaped(String code) {
        StringBuilder text = new StringBuilder(code.length() + 4);
        for (char c : code.toCharArray()) {
            if (c == '_' || c == '%' || c == ESCAPE) {
                text.append(ESCAPE);
            }
            text.append(c);
        }
        return text.toString();
    }
}
