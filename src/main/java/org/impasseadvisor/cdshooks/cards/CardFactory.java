package org.impasseadvisor.cdshooks.cards;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.impasseadvisor.advice.Advice;
import org.impasseadvisor.advice.feedback.OverrideReason;
import org.impasseadvisor.cdshooks.prefetch.PrefetchTemplates;
import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Reference;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.Severity;
import org.impasseadvisor.engine.Strategy;
import org.impasseadvisor.descriptor.json.FieldError;

/**
 * An answer → cards: one card per strategy an alert pinned (its indicator the most severe of those
 * alerts, every alert message in its detail), then one {@code info} card per other returned strategy,
 * in the engine's order. Every card carries one strategy, so feedback on any card finds its strategy.
 */
public final class CardFactory {

    /** The label of the one suggestion every strategy card offers. */
    static final String SUGGESTION_LABEL = "Use this strategy";

    private final String overrideReasonSystem;

    public CardFactory(String overrideReasonSystem) {
        this.overrideReasonSystem = overrideReasonSystem;
    }

    /**
     * @param alertsOnly only the alert cards: a risk screen, where no impasse was recorded
     * @param baseUrl    the public base URL of this service, for the links to the strategies
     */
    public List<Card> cards(Advice advice, boolean alertsOnly, String baseUrl) {
        Map<String, List<AlertRule>> alertsByStrategy = new LinkedHashMap<>();
        for (AlertRule alert : advice.recommendation().alerts()) {
            alertsByStrategy.computeIfAbsent(alert.strategyId(), id -> new ArrayList<>()).add(alert);
        }
        List<Card> cards = new ArrayList<>();
        String version = advice.recommendation().catalogVersion();
        for (RankedStrategy ranked : advice.recommendation().strategies()) {
            List<AlertRule> alerts = alertsByStrategy.getOrDefault(ranked.strategy().id(), List.of());
            if (alertsOnly && alerts.isEmpty()) {
                continue;
            }
            cards.add(card(ranked, alerts, advice.cardIds().get(ranked.strategy().id()), version, baseUrl));
        }
        return cards;
    }

    /**
     * Adds, after the alert cards, a note naming the impasse record's answers that no descriptor may hold and
     * that were therefore left out; the safety alerts were still evaluated on everything else.
     */
    public List<Card> withUnusable(List<Card> cards, List<FieldError> unusable) {
        String what = unusable.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        return afterAlerts(cards, note("Impasse record not used in full: " + what,
                "Impasse Advisor left out what the latest impasse record says here, because an impasse"
                        + " description cannot hold it: " + what + ". Correct the record with the impasse"
                        + " Questionnaire; the suicide-risk alerts were still checked on the rest of the chart.",
                "warning"));
    }

    /**
     * The cards with one more that names what could not be read from the chart, placed after the alert
     * cards. It is a {@code warning} when a key the suicide-risk alerts rely on is among them: a missing
     * alert must not look like no risk. It carries no strategy, so it has no uuid for feedback.
     *
     * @param why why the EHR's fhirServer was not read, or null
     */
    public List<Card> withUnread(List<Card> cards, List<String> keys, String why) {
        boolean safety = keys.stream().anyMatch(PrefetchTemplates.SAFETY_KEYS::contains);
        String unread = keys.stream().map(PrefetchTemplates::meaning).collect(Collectors.joining("; "));
        String detail = "Impasse Advisor could not read this from the chart, so it counts as unknown and the"
                + " advice may be incomplete: " + unread + "." + (why == null ? "" : " The " + why + ".")
                + (safety ? "\n\n**Check suicide risk in the chart yourself:** the suicide-risk alerts rely on"
                + " PHQ-9 item 9 and the recorded risk level." : "");
        return afterAlerts(cards, note("Not read from the chart: " + unread, detail, safety ? "warning" : "info"));
    }

    /** A card of the service's own about the answer: no strategy, so no uuid, suggestion or link. */
    private static Card note(String summary, String detail, String indicator) {
        return new Card(null, Summaries.fit(summary), detail, indicator, new Card.Source("Impasse Advisor", null),
                List.of(), null, List.of(), List.of());
    }

    /** The cards with the note after the alert cards (and any earlier note of warning), before the strategies. */
    private static List<Card> afterAlerts(List<Card> cards, Card note) {
        List<Card> all = new ArrayList<>(cards);
        int afterAlerts = 0;
        while (afterAlerts < all.size() && !all.get(afterAlerts).indicator().equals("info")) {
            afterAlerts++;
        }
        all.add(afterAlerts, note);
        return all;
    }

    Card card(RankedStrategy ranked, List<AlertRule> alerts, UUID cardId, String catalogVersion, String baseUrl) {
        Strategy strategy = ranked.strategy();
        String summary = alerts.isEmpty()
                ? Summaries.fit(strategy.title())
                : Summaries.fit(AlertLabels.summary(alerts.get(0), strategy.title()));
        String indicator = alerts.isEmpty() ? "info" : alerts.get(0).severity().name().toLowerCase(Locale.ROOT);
        String page = baseUrl + "/strategies/" + strategy.id();
        return new Card(cardId.toString(), summary, detail(strategy, alerts, ranked.reasons()), indicator,
                new Card.Source("Impasse Advisor catalog " + catalogVersion, page),
                List.of(new Card.Suggestion(SUGGESTION_LABEL, suggestionId(cardId))), "at-most-one",
                overrideReasons(), List.of(new Card.Link("Open the strategy", page, "absolute")));
    }

    /** The suggestion's uuid, derived from the card's, so nothing more needs storing. */
    static String suggestionId(UUID cardId) {
        return UUID.nameUUIDFromBytes(("suggestion " + cardId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The codes are the names of {@link OverrideReason}, so feedback maps back to it one to one. */
    public List<Card.Coding> overrideReasons() {
        return Arrays.stream(OverrideReason.values())
                .map(reason -> new Card.Coding(overrideReasonSystem, reason.name(), reason.label()))
                .toList();
    }

    static String detail(Strategy strategy, List<AlertRule> alerts, List<Rule> reasons) {
        StringBuilder md = new StringBuilder();
        for (AlertRule alert : alerts) {
            md.append("**").append(alert.severity() == Severity.CRITICAL ? "Critical" : "Warning")
                    .append(":** ").append(alert.message()).append("\n\n");
        }
        md.append("**").append(strategy.title()).append("**\n\n").append(strategy.summary()).append("\n\n");
        md.append("**Steps**\n\n");
        for (int i = 0; i < strategy.steps().size(); i++) {
            md.append(i + 1).append(". ").append(strategy.steps().get(i)).append('\n');
        }
        if (!strategy.cautions().isEmpty()) {
            md.append("\n**Cautions**\n\n");
            strategy.cautions().forEach(caution -> md.append("- ").append(caution).append('\n'));
        }
        if (!reasons.isEmpty()) {
            md.append("\n**Why**\n\n");
            reasons.forEach(rule -> md.append("- ").append(rule.rationale()).append('\n'));
        }
        if (!strategy.references().isEmpty()) {
            md.append("\n**References**\n\n");
            for (Reference reference : strategy.references()) {
                md.append("- ").append(reference.url() == null ? reference.citation()
                        : "[" + reference.citation() + "](" + reference.url() + ")").append('\n');
            }
        }
        return md.toString().stripTrailing();
    }
}
