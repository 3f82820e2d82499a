package org.impasseadvisor.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        return run(descriptor, false);
    }

    /** As {@link #evaluate}, with the full trace of every alert and rule. */
    public Recommendation explain(ImpasseDescriptor descriptor) {
        return run(descriptor, true);
    }

    private Recommendation run(ImpasseDescriptor descriptor, boolean explain) {
        int count = strategies.size();
        double[] score = new double[count];
        int[] gatedBy = new int[count];
        int[] pinnedBy = new int[count];
        Arrays.fill(gatedBy, -1);
        Arrays.fill(pinnedBy, Integer.MAX_VALUE);
        boolean[] fired = new boolean[rules.length];
        List<RuleTrace> traces = explain ? new ArrayList<>(alerts.length + rules.length) : null;
        List<NearMiss> nearMisses = explain ? new ArrayList<>() : null;

        List<Integer> raisedAlerts = new ArrayList<>(2);
        for (int a = 0; a < alerts.length; a++) {
            AlertRule alert = alerts[a];
            Truth truth = alert.condition().test(descriptor);
            if (truth == Truth.TRUE) {
                raisedAlerts.add(a);
            }
            if (explain) {
                trace(descriptor, alert.id(), alert.strategyId(), "ALERT", 0, alert.condition(), truth,
                        traces, nearMisses);
            }
        }
        raisedAlerts.sort(Comparator.<Integer, Severity>comparing(a -> alerts[a].severity()).thenComparingInt(a -> a));
        List<AlertRule> raised = new ArrayList<>(raisedAlerts.size());
        for (int order = 0; order < raisedAlerts.size(); order++) {
            int a = raisedAlerts.get(order);
            raised.add(alerts[a]);
            pinnedBy[alertStrategy[a]] = Math.min(pinnedBy[alertStrategy[a]], order);
        }

        for (int r = 0; r < rules.length; r++) {
            Rule rule = rules[r];
            Truth truth = rule.condition().test(descriptor);
            if (truth == Truth.TRUE) {
                fired[r] = true;
                int s = ruleStrategy[r];
                if (rule.kind() == RuleKind.SCORE) {
                    score[s] += rule.weight();
                } else if (gatedBy[s] < 0) {
                    gatedBy[s] = r;
                }
            }
            if (explain) {
                trace(descriptor, rule.id(), rule.strategyId(), rule.kind().name(), rule.weight(), rule.condition(),
                        truth, traces, nearMisses);
            }
        }

        List<Integer> candidates = new ArrayList<>();
        List<Integer> gated = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            boolean scored = score[s] > 0;
            if (gatedBy[s] >= 0) {
                if (scored) {
                    gated.add(s);
                }
            } else if (scored || pinnedBy[s] != Integer.MAX_VALUE) {
                candidates.add(s);
            }
        }
        Comparator<Integer> byScore = (x, y) -> Double.compare(score[y], score[x]);
        candidates.sort(Comparator.<Integer>comparingInt(s -> pinnedBy[s]).thenComparing(byScore)
                .thenComparingInt(s -> s));
        gated.sort(byScore.thenComparingInt(s -> s));

        // The limit applies after the pinned strategies: a safety strategy an alert pins is never cut.
        int pinnedCount = 0;
        while (pinnedCount < candidates.size() && pinnedBy[candidates.get(pinnedCount)] != Integer.MAX_VALUE) {
            pinnedCount++;
        }
        int returned = Math.min(pinnedCount + descriptor.limit(), candidates.size());
        List<RankedStrategy> ranked = new ArrayList<>(returned);
        for (int i = 0; i < returned; i++) {
            int s = candidates.get(i);
            ranked.add(new RankedStrategy(i + 1, strategies.get(s), score[s], pinnedBy[s] != Integer.MAX_VALUE,
                    reasons(s, fired)));
        }
        List<Withheld> withheld = new ArrayList<>(gated.size());
        for (int s : gated) {
            withheld.add(new Withheld(strategies.get(s), rules[gatedBy[s]], score[s]));
        }
        return new Recommendation(catalog.version(), catalog.hash(), List.copyOf(raised), List.copyOf(ranked),
                List.copyOf(withheld),
                explain ? Optional.of(new Trace(List.copyOf(traces), List.copyOf(nearMisses))) : Optional.empty());
    }

    private List<Rule> reasons(int strategy, boolean[] fired) {
        List<Rule> reasons = new ArrayList<>(rulesOfStrategy[strategy].length);
        for (int r : rulesOfStrategy[strategy]) {
            if (fired[r]) {
                reasons.add(rules[r]);
            }
        }
        return List.copyOf(reasons);
    }

    private static void trace(ImpasseDescriptor descriptor, String id, String strategyId, String kind, double weight,
            Condition condition, Truth truth, List<RuleTrace> traces, List<NearMiss> nearMisses) {
        List<Observation> observations = new ArrayList<>();
        condition.observe(descriptor, observations);
        traces.add(new RuleTrace(id, strategyId, kind, weight, condition.text(), truth, truth == Truth.TRUE,
                List.copyOf(observations)));
        if (truth != Truth.TRUE && condition instanceof All all) {
            Condition missed = null;
            int failures = 0;
            for (Condition part : all.parts()) {
                if (part.test(descriptor) != Truth.TRUE) {
                    failures++;
                    missed = part;
                }
            }
            if (failures == 1) {
                List<Observation> seen = new ArrayList<>();
                missed.observe(descriptor, seen);
                nearMisses.add(new NearMiss(id, strategyId, missed.text(), List.copyOf(seen)));
            }
        }
    }
}
