package org.impasseadvisor.cdshooks.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.impasseadvisor.catalog.ImpasseCatalog;
import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Strategy;
import org.junit.jupiter.api.Test;

/** Every strategy of the catalog fits a card, alone and under each alert that can pin it. */
class CardFactoryTest {

    private final Catalog catalog = ImpasseCatalog.build();
    private final CardFactory factory = new CardFactory("https://impasseadvisor.org/fhir/CodeSystem/override-reason");

    @Test
    void everyStrategysCardHasASummaryUnder140Characters() {
        for (Strategy strategy : catalog.strategies()) {
            Card card = factory.card(new RankedStrategy(1, strategy, 1.0, false, List.of()), List.of(),
                    UUID.randomUUID(), catalog.version(), "https://impasse.example.org");
            assertThat(card.summary()).as(strategy.id()).hasSizeLessThan(140).doesNotContain("\n");
            assertThat(card.detail()).as(strategy.id()).contains("**Steps**", "1. ");
        }
    }

    @Test
    void everyAlertCardHasASummaryUnder140Characters() {
        for (AlertRule alert : catalog.alerts()) {
            Strategy strategy = catalog.strategies().stream().filter(s -> s.id().equals(alert.strategyId()))
                    .findFirst().orElseThrow();
            Card card = factory.card(new RankedStrategy(1, strategy, 0, true, List.of()), List.of(alert),
                    UUID.randomUUID(), catalog.version(), "https://impasse.example.org");
            assertThat(card.summary()).as(alert.id()).hasSizeLessThan(140);
            assertThat(card.indicator()).isIn("critical", "warning");
            assertThat(card.detail()).contains(alert.message());
        }
    }

    private Card alertCard(AlertRule alert) {
        Strategy strategy = catalog.strategy(alert.strategyId()).orElseThrow();
        return factory.card(new RankedStrategy(1, strategy, 0, true, List.of()), List.of(alert),
                UUID.randomUUID(), catalog.version(), "https://impasse.example.org");
    }

    @Test
    void anAlertCardsSummaryNamesItsTopicOnce() {
        for (AlertRule alert : catalog.alerts()) {
            String summary = alertCard(alert).summary();
            Strategy strategy = catalog.strategy(alert.strategyId()).orElseThrow();
            int colon = strategy.title().indexOf(": ");
            assertThat(summary).as(alert.id()).startsWith(AlertLabels.of(alert) + " — ").doesNotContain(": ");
            if (colon > 0) {
                assertThat(summary).as(alert.id()).doesNotContain(strategy.title().substring(0, colon + 1));
            }
        }
    }

    @Test
    void everyWordOfTheAlertCodeIsInTheSummary() {
        for (AlertRule alert : catalog.alerts()) {
            String summary = alertCard(alert).summary().toLowerCase(java.util.Locale.ROOT);
            for (String word : alert.code().toLowerCase(java.util.Locale.ROOT).split("_")) {
                assertThat(summary).as(alert.id()).contains(word.replaceAll("[^a-z]", ""));
            }
        }
    }

    @Test
    void anImminentRiskAlertSaysImminent() {
        AlertRule high = catalog.alerts().stream().filter(a -> a.code().equals("SUICIDE_RISK")).findFirst().orElseThrow();
        AlertRule imminent = new AlertRule("suicide-risk-imminent", high.severity(), "IMMINENT_SUICIDE_RISK",
                "Take emergency action now: do not leave the client alone.", high.condition(), high.strategyId(),
                high.references());
        assertThat(alertCard(imminent).summary()).startsWith("Imminent suicide risk — ");
    }

    @Test
    void aLongTitleIsShortenedAtAWord() {
        String summary = Summaries.fit("word ".repeat(60));
        assertThat(summary).hasSizeLessThan(140).endsWith("…");
        assertThat(summary.substring(0, summary.length() - 1)).endsWith("word");
    }
}
