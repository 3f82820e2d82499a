package org.impasseadvisor.records;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.impasseadvisor.descriptor.RootCause;

/**
 * Per-strategy counts of recommendation records and their feedback, read by the database in one consistent
 * read: what insights are computed from.
 */
@ApplicationScoped
public class RecordCounts {

    /** Rows the JDBC driver reads at a time while the records' arrays are streamed, rather than all at once. */
    private static final int FETCH_SIZE = 1_000;

    /**
     * Counts the records answered in [from, to) and, when given, naming the root cause; every bound is optional
     * (null).
     */
    public Tally count(Instant from, Instant to, RootCause rootCause) {
        Filter filter = new Filter(from, to, rootCause);
        return QuarkusTransaction.joiningExisting().call(() -> new Tally(recommended(filter),
                feedback("select f.strategyId, f.outcome, count(distinct f.recommendationId)"
                        + " from Feedback f, RecommendationRecord r", " f.recommendationId = r.id",
                        " group by f.strategyId, f.outcome", filter),
                feedback("select f.strategyId, f.outcome, f.reason, count(distinct f.recommendationId)"
                        + " from Feedback f, RecommendationRecord r",
                        " f.recommendationId = r.id and f.reason is not null",
                        " group by f.strategyId, f.outcome, f.reason", filter)));
    }

    /**
     * What the records say.
     *
     * @param recommended strategy id → how many records returned it; a strategy no record returned is absent
     * @param byOutcome   per strategy and outcome, how many records got such feedback (reason null)
     * @param byReason    per strategy, outcome and reason given, how many records got such feedback
     */
    public record Tally(Map<String, Long> recommended, List<FeedbackCount> byOutcome, List<FeedbackCount> byReason) {
    }

    /** How many records got feedback on a strategy with this outcome (and reason), in the codes stored. */
    public record FeedbackCount(String strategyId, String outcome, String reason, long recommendations) {
    }

    private record Filter(Instant from, Instant to, RootCause rootCause) {
    }

    /** Rows of strategy, outcome, the reason when selected, and a count. */
    private static List<FeedbackCount> feedback(String select, String join, String groupBy, Filter filter) {
        List<FeedbackCount> counts = new ArrayList<>();
        for (Object[] row : query(select, join, groupBy, filter, Object[].class).getResultList()) {
            String reason = row.length == 4 ? (String) row[2] : null;
            counts.add(new FeedbackCount((String) row[0], (String) row[1], reason, (Long) row[row.length - 1]));
        }
        return counts;
    }

    /**
     * How many recommendations returned each strategy: the records' arrays of strategy ids, streamed and counted
     * here. An answer returns a strategy at most once, so each id counts one record. Counted in SQL, the arrays
     * would be unnested, which H2 can only emulate (it has no lateral join) by joining every record with a range
     * of 1,000 positions: over 700,000 records that outlasted the transaction timeout.
     */
    private static Map<String, Long> recommended(Filter filter) {
        Map<String, Long> recommended = new HashMap<>();
        try (Stream<String[]> arrays = query("select r.strategyIds from RecommendationRecord r", "", "", filter,
                String[].class).setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).getResultStream()) {
            arrays.forEach(strategyIds -> {
                for (String strategyId : strategyIds) {
                    recommended.merge(strategyId, 1L, Long::sum);
                }
            });
        }
        return recommended;
    }

    /**
     * Builds a query with the period and root-cause filters; absent filters add nothing to the text. A period is
     * a range of the records' time-ordered ids, which the primary key finds ({@link RecordIds#firstAtOrAfter}).
     */
    private static <T> TypedQuery<T> query(String select, String join, String groupBy, Filter filter, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (!join.isBlank()) {
            where.add(join.strip());
        }
        if (filter.from() != null) {
            where.add("r.id >= :from");
        }
        if (filter.to() != null) {
            where.add("r.id < :to");
        }
        if (filter.rootCause() != null) {
            where.add("array_contains(r.rootCauses, :cause)");
        }
        String text = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + groupBy;
        TypedQuery<T> query = Panache.getEntityManager().createQuery(text, type);
        if (filter.from() != null) {
            query.setParameter("from", RecordIds.firstAtOrAfter(filter.from()));
        }
        if (filter.to() != null) {
            query.setParameter("to", RecordIds.firstAtOrAfter(filter.to()));
        }
        if (filter.rootCause() != null) {
            query.setParameter("cause", filter.rootCause().name());
        }
        return query;
    }
}
