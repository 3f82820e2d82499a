package org.impasseadvisor.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable, versioned set of strategies, alert rules and rules, identified by the SHA-256 hash
 * of its canonical text. The strategies' order is the declared order that breaks ties in ranking.
 *
 * <p>Build it with {@link #builder(String)}; {@link Builder#build()} refuses a catalog with duplicate
 * ids, a rule or alert for an unknown strategy, a non-finite or zero score weight, a strategy no rule
 * can reach, a gate without a reference, or a gate on a strategy that an alert pins.
 */
public final class Catalog {

    private final String version;
    private final List<Strategy> strategies;
    private final List<AlertRule> alerts;
    private final List<Rule> rules;
    private final Map<String, Strategy> strategiesById;
    private final String canonicalText;
    private final String hash;

    private Catalog(String version, List<Strategy> strategies, List<AlertRule> alerts, List<Rule> rules) {
        this.version = version;
        this.strategies = List.copyOf(strategies);
        this.alerts = List.copyOf(alerts);
        this.rules = List.copyOf(rules);
        this.strategiesById = this.strategies.stream()
                .collect(Collectors.toUnmodifiableMap(Strategy::id, Function.identity()));
        this.canonicalText = canonicalText(version, this.strategies, this.alerts, this.rules);
        this.hash = sha256(canonicalText);
    }

    public static Builder builder(String version) {
        return new Builder(version);
    }

    public String version() {
        return version;
    }

    /** Strategies in declared order. */
    public List<Strategy> strategies() {
        return strategies;
    }

    public List<AlertRule> alerts() {
        return alerts;
    }

    /** Rules in evaluation order. */
    public List<Rule> rules() {
        return rules;
    }

    public Optional<Strategy> strategy(String id) {
        return Optional.ofNullable(strategiesById.get(id));
    }

    /** The text the hash is computed over: every field of every strategy, alert and rule, one per line. */
    public String canonicalText() {
        return canonicalText;
    }

    /** SHA-256 of {@link #canonicalText()}, lower-case hex. */
    public String hash() {
        return hash;
    }

    private static String canonicalText(String version, List<Strategy> strategies, List<AlertRule> alerts,
            List<Rule> rules) {
        StringBuilder text = new StringBuilder("catalog ").append(version).append('\n');
        for (Strategy s : strategies) {
            text.append("strategy ").append(s.id()).append(" | ").append(s.title()).append(" | ")
                    .append(s.summary()).append(" | ").append(s.origin()).append('\n');
            s.steps().forEach(step -> text.append("  step ").append(step).append('\n'));
            s.cautions().forEach(caution -> text.append("  caution ").append(caution).append('\n'));
            s.references().forEach(ref -> text.append("  reference ").append(ref.canonical()).append('\n'));
        }
        for (AlertRule alert : alerts) {
            text.append(alert.canonical()).append('\n');
            alert.references().forEach(ref -> text.append("  reference ").append(ref.canonical()).append('\n'));
        }
        for (Rule rule : rules) {
            text.append(rule.canonical()).append('\n');
            rule.references().forEach(ref -> text.append("  reference ").append(ref.canonical()).append('\n'));
        }
        return text.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** Collects a catalog's parts in order; {@link #build()} checks them as a whole. */
    public static final class Builder {

        private final String version;
        private final List<Strategy> strategies = new ArrayList<>();
        private final List<AlertRule> alerts = new ArrayList<>();
        private final List<Rule> rules = new ArrayList<>();

        private Builder(String version) {
            this.version = version;
        }

        public Builder strategy(Strategy strategy) {
            strategies.add(strategy);
            return this;
        }

        public Builder alert(AlertRule alert) {
            alerts.add(alert);
            return this;
        }

        public Builder rule(Rule rule) {
            rules.add(rule);
            return this;
        }

        public Catalog build() {
            if (version == null || !version.matches("\\d+\\.\\d+\\.\\d+")) {
                throw new InvalidCatalogException("catalog version must be MAJOR.MINOR.PATCH, was " + version);
            }
            Set<String> strategyIds = new HashSet<>();
            for (Strategy strategy : strategies) {
                if (!strategyIds.add(strategy.id())) {
                    throw new InvalidCatalogException("duplicate strategy id: " + strategy.id());
                }
            }
            Set<String> ruleIds = new HashSet<>();
            Set<String> pinned = new HashSet<>();
            for (AlertRule alert : alerts) {
                if (!ruleIds.add(alert.id())) {
                    throw new InvalidCatalogException("duplicate rule id: " + alert.id());
                }
                requireKnown(strategyIds, alert.strategyId(), "alert " + alert.id());
                pinned.add(alert.strategyId());
            }
            Set<String> reachable = new HashSet<>(pinned);
            for (Rule rule : rules) {
                if (!ruleIds.add(rule.id())) {
                    throw new InvalidCatalogException("duplicate rule id: " + rule.id());
                }
                requireKnown(strategyIds, rule.strategyId(), "rule " + rule.id());
                checkWeight(rule);
                if (rule.kind() == RuleKind.GATE) {
                    if (rule.references().isEmpty()) {
                        throw new InvalidCatalogException("gate " + rule.id() + " has no reference");
                    }
                    if (pinned.contains(rule.strategyId())) {
                        throw new InvalidCatalogException("gate " + rule.id() + " would withhold "
                                + rule.strategyId() + ", a safety strategy that an alert pins");
                    }
                } else if (rule.weight() > 0) {
                    reachable.add(rule.strategyId());
                }
            }
            for (Strategy strategy : strategies) {
                if (!reachable.contains(strategy.id())) {
                    throw new InvalidCatalogException("strategy " + strategy.id()
                            + " is unreachable: no score rule with a positive weight and no alert leads to it");
                }
            }
            return new Catalog(version, strategies, alerts, rules);
        }

        private static void requireKnown(Set<String> strategyIds, String strategyId, String owner) {
            if (!strategyIds.contains(strategyId)) {
                throw new InvalidCatalogException(owner + " names unknown strategy " + strategyId);
            }
        }

        private static void checkWeight(Rule rule) {
            if (!Double.isFinite(rule.weight())) {
                throw new InvalidCatalogException("rule " + rule.id() + " has a non-finite weight: " + rule.weight());
            }
            if (rule.kind() == RuleKind.SCORE && rule.weight() == 0) {
                throw new InvalidCatalogException("score rule " + rule.id() + " has weight 0 and could never count");
            }
            if (rule.kind() == RuleKind.GATE && rule.weight() != 0) {
                throw new InvalidCatalogException("gate " + rule.id() + " has a weight; gates withhold, they do not score");
            }
        }
    }
}
