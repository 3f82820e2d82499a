package org.impasseadvisor.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.Strategy;

/**
 * Per-strategy counts of recommendations and feedback, computed by the database in one consistent
 * read, for every strategy of the catalog (zeros included, so curators see what is never recommended).
 */
@ApplicationScoped
public class Insights {

    private static final int TOP_REASONS = 3;
    private static final String LIKE_ESCAPE = " escape '" + PackedLists.ESCAPE + "'";

    private final List<Strategy> strategies;
    private final RecordSchema schema;

    public Insights(Engine engine, RecordSchema schema) {
        this.strategies = engine.catalog().strategies();
        this.schema = schema;
    }

    /** @throws StoreUnavailableException when the database cannot be used */
    public List<StrategyInsight> strategies(InsightsQuery query) {
        schema.ensureCurrent();
        try {
            return QuarkusTransaction.joiningExisting().call(() -> compute(query));
        } catch (RuntimeException e) {
            throw new StoreUnavailableException(e);
        }
    }

    private List<StrategyInsight> compute(InsightsQuery query) {
        Map<String, Long> recommended = recommended(query);
        Map<String, Map<Outcome, Long>> outcomes = new HashMap<>();
        for (Object[] row : query("select f.strategyId, f.outcome, count(distinct f.recommendationId)"
                + " from Feedback f, RecommendationRecord r", " f.recommendationId = r.id",
                " group by f.strategyId, f.outcome", query).getResultList()) {
            outcomes.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((Outcome) row[1], (Long) row[2]);
        }
        Map<String, List<StrategyInsight.ReasonCount>> reasons = new HashMap<>();
        for (Object[] row : query("select f.strategyId, f.reason, count(distinct f.recommendationId)"
                + " from Feedback f, RecommendationRecord r",
                " f.recommendationId = r.id and f.outcome = OVERRIDDEN and f.reason is not null",
                " group by f.strategyId, f.reason", query).getResultList()) {
            reasons.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(new StrategyInsight.ReasonCount((OverrideReason) row[1], (Long) row[2]));
        }
        List<StrategyInsight> insights = new ArrayList<>(strategies.size());
        for (Strategy strategy : strategies) {
            Map<Outcome, Long> counts = outcomes.getOrDefault(strategy.id(), Map.of());
            long accepted = counts.getOrDefault(Outcome.ACCEPTED, 0L);
            long overridden = counts.getOrDefault(Outcome.OVERRIDDEN, 0L);
            long resolved = counts.getOrDefault(Outcome.RESOLVED, 0L);
            long notResolved = counts.getOrDefault(Outcome.NOT_RESOLVED, 0L);
            List<StrategyInsight.ReasonCount> top = reasons.getOrDefault(strategy.id(), List.of()).stream()
                    .sorted(Comparator.comparingLong(StrategyInsight.ReasonCount::count).reversed()
                            .thenComparing(StrategyInsight.ReasonCount::reason))
                    .limit(TOP_REASONS)
                    .toList();
            insights.add(new StrategyInsight(strategy.id(), strategy.title(),
                    recommended.getOrDefault(strategy.id(), 0L), accepted, overridden, resolved, notResolved,
                    rate(accepted, overridden), rate(resolved, notResolved), top));
        }
        return insights;
    }

    /**
     * How many recommendations returned each strategy: one pass over the records, counting the records whose
     * packed strategy list holds each strategy.
     */
    private Map<String, Long> recommended(InsightsQuery filter) {
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < strategies.size(); i++) {
            select.append(i == 0 ? "" : ", ").append("sum(case when r.strategies like :s").append(i)
                    .append(LIKE_ESCAPE).append(" then 1 else 0 end)");
        }
        TypedQuery<Object[]> query = query(select + " from RecommendationRecord r", "", "", filter);
        for (int i = 0; i < strategies.size(); i++) {
            query.setParameter("s" + i, PackedLists.strategyPattern(strategies.get(i).id()));
        }
        Object[] sums = query.getSingleResult();
        Map<String, Long> recommended = new HashMap<>();
        for (int i = 0; i < strategies.size(); i++) {
            recommended.put(strategies.get(i).id(), sums[i] == null ? 0L : ((Number) sums[i]).longValue());
        }
        return recommended;
    }

    private static Double rate(long yes, long no) {
        return yes + no == 0 ? null : (double) yes / (yes + no);
    }

    /**
     * Builds a query with the period and root-cause filters; absent filters add nothing to the text. A period is
     * a range of the records' time-ordered ids, which the primary key finds ({@link RecordIds#firstAtOrAfter}).
     */
    private static TypedQuery<Object[]> query(String select, String join, String groupBy, InsightsQuery filter) {
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
            where.add("r.rootCauses like :cause" + LIKE_ESCAPE);
        }
        String text = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + groupBy;
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(text, Object[].class);
        if (filter.from() != null) {
            query.setParameter("from", RecordIds.firstAtOrAfter(filter.from()));
        }
        if (filter.to() != null) {
            query.setParameter("to", RecordIds.firstAtOrAfter(filter.to()));
        }
        if (filter.rootCause() != null) {
            query.setParameter("cause", PackedLists.rootCausePattern(filter.rootCause()));
        }
        return query;
    }
}
