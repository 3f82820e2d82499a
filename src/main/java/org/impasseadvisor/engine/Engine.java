package org.impasseadvisor.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/**
 * Evaluates an impasse descriptor against an immutable catalog: one pure function, safe to share
 * between threads.
 *
 * <p>One pass over every alert and rule in catalog order; nothing stops early. Ranking is a total
 * order: strategies pinned by a raised alert first (CRITICAL before WARNING, then catalog order), then
 * score descending, then the catalog's declared strategy order. A withheld strategy is never ranked,
 * and a strategy with score 0 is ranked only when an alert pins it. The descriptor's limit counts the
 * strategies after the pinned ones: a pinned strategy is never cut.
 */
public final class Engine {

    private final Catalog catalog;
    private final List<Strategy> strategies;
    private final AlertRule[] alerts;
    private final Rule[] rules;
    private final int[] alertStrategy;
    private final int[] ruleStrategy;
    private final int[][] rulesOfStrategy;

    public Engine(Catalog catalog) {
        this.catalog = catalog;
        this.strategies = catalog.strategies();
        this.alerts = catalog.alerts().toArray(AlertRule[]::new);
        this.rules = catalog.rules().toArray(Rule[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < strategies.size(); i++) {
            index.put(strategies.get(i).id(), i);
        }
        this.alertStrategy = Arrays.stream(alerts).mapToInt(a -> index.get(a.strategyId())).toArray();
        this.ruleStrategy = Arrays.stream(rules).mapToInt(r -> index.get(r.strategyId())).toArray();
        this.rulesOfStrategy = new int[strategies.size()][];
        for (int s = 0; s < strategies.size(); s++) {
            final int strategy = s;
            rulesOfStrategy[s] = IntStream.range(0, rules.length)
                    .filter(r -> ruleStrategy[r] == strategy && rules[r].kind() == RuleKind.SCORE)
                    .toArray();
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Ranks the catalog's strategies for a descriptor. */
    public Recommendation evaluate(ImpasseDescriptor descriptor) {
        return run(descriptor, Tracer.NONE);
    }

    /** As {@link #evaluate}, with the full trace of every alert and rule. */
    public Recommendation explain(ImpasseDescriptor descriptor) {
        return run(descriptor, Tracer.full(descriptor, alerts.length + rules.length));
    }

    private Recommendation run(ImpasseDescriptor descriptor, Tracer tracer) {
        Tally tally = new Tally(strategies.size(), rules.length);
        List<AlertRule> raised = raiseAlerts(descriptor, tally, tracer);
        testRules(descriptor, tally, tracer);
        List<Integer> candidates = new ArrayList<>();
        List<Integer> gated = new ArrayList<>();
        for (int s = 0; s < strategies.size(); s++) {
            if (tally.withheld(s)) {
                if (tally.scored(s)) {
                    gated.add(s);
                }
            } else if (tally.scored(s) || tally.pinned(s)) {
                candidates.add(s);
            }
        }
        return new Recommendation(catalog.version(), catalog.hash(), raised, rank(candidates, tally, descriptor.limit()),
                withheld(gated, tally), tracer.trace());
    }

    /** Tests every alert; the raised ones, CRITICAL first and then in catalog order, pin their strategies. */
    private List<AlertRule> raiseAlerts(ImpasseDescriptor descriptor, Tally tally, Tracer tracer) {
        List<Integer> raisedAlerts = new ArrayList<>(2);
        for (int a = 0; a < alerts.length; a++) {
            AlertRule alert = alerts[a];
            Truth truth = alert.condition().test(descriptor);
            if (truth == Truth.TRUE) {
                raisedAlerts.add(a);
            }
            tracer.record(alert.id(), alert.strategyId(), "ALERT", 0, alert.condition(), truth);
        }
        raisedAlerts.sort(Comparator.<Integer, Severity>comparing(a -> alerts[a].severity()).thenComparingInt(a -> a));
        List<AlertRule> raised = new ArrayList<>(raisedAlerts.size());
        for (int position = 0; position < raisedAlerts.size(); position++) {
            int a = raisedAlerts.get(position);
            raised.add(alerts[a]);
            tally.pin(alertStrategy[a], position);
        }
        return List.copyOf(raised);
    }

    /** Tests every rule in catalog order: a fired score rule adds its weight, a fired gate withholds. */
    private void testRules(ImpasseDescriptor descriptor, Tally tally, Tracer tracer) {
        for (int r = 0; r < rules.length; r++) {
            Rule rule = rules[r];
            Truth truth = rule.condition().test(descriptor);
            if (truth == Truth.TRUE) {
                tally.fire(r);
                if (rule.kind() == RuleKind.SCORE) {
                    tally.add(ruleStrategy[r], rule.weight());
                } else {
                    tally.withhold(ruleStrategy[r], r);
                }
            }
            tracer.record(rule.id(), rule.strategyId(), rule.kind().name(), rule.weight(), rule.condition(), truth);
        }
    }

    /**
     * Orders the candidates (pinned first by alert, then by score, then in catalog order) and returns the
     * pinned ones and at most {@code limit} more: a safety strategy an alert pins is never cut.
     */
    private List<RankedStrategy> rank(List<Integer> candidates, Tally tally, int limit) {
        candidates.sort(Comparator.<Integer>comparingInt(tally::pinPosition).thenComparing(byScore(tally))
                .thenComparingInt(s -> s));
        int pinnedCount = 0;
        while (pinnedCount < candidates.size() && tally.pinned(candidates.get(pinnedCount))) {
            pinnedCount++;
        }
        int returned = Math.min(pinnedCount + limit, candidates.size());
        List<RankedStrategy> ranked = new ArrayList<>(returned);
        for (int i = 0; i < returned; i++) {
            int s = candidates.get(i);
            ranked.add(new RankedStrategy(i + 1, strategies.get(s), tally.score(s), tally.pinned(s),
                    reasons(s, tally)));
        }
        return List.copyOf(ranked);
    }

    /** The strategies a gate withheld, by what they would have scored, then in catalog order. */
    private List<Withheld> withheld(List<Integer> gated, Tally tally) {
        gated.sort(byScore(tally).thenComparingInt(s -> s));
        List<Withheld> withheld = new ArrayList<>(gated.size());
        for (int s : gated) {
            withheld.add(new Withheld(strategies.get(s), rules[tally.gate(s)], tally.score(s)));
        }
        return List.copyOf(withheld);
    }

    private static Comparator<Integer> byScore(Tally tally) {
        return (x, y) -> Double.compare(tally.score(y), tally.score(x));
    }

    /** A ranked strategy's fired score rules, in catalog order. */
    private List<Rule> reasons(int strategy, Tally tally) {
        List<Rule> reasons = new ArrayList<>(rulesOfStrategy[strategy].length);
        for (int r : rulesOfStrategy[strategy]) {
            if (tally.fired(r)) {
                reasons.add(rules[r]);
            }
        }
        return List.copyOf(reasons);
    }
}
