package org.impasseadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impasseadvisor.engine.Conditions.atLeast;
import static org.impasseadvisor.engine.Conditions.hasConcern;
import static org.impasseadvisor.engine.Conditions.hasRootCause;
import static org.impasseadvisor.engine.Conditions.isOneOf;
import static org.impasseadvisor.engine.TestCatalogs.SOURCE;
import static org.impasseadvisor.engine.TestCatalogs.strategy;

import java.util.List;
import java.util.Set;
import org.impasseadvisor.descriptor.Client;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.Measures;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.junit.jupiter.api.Test;

/** Scoring, gating, pinning and ranking over a small hand-made catalog. */
class EngineRankingTest {

    // "beta" is declared before "alpha" so that declared order and id order disagree.
    private static final Catalog CATALOG = Catalog.builder("1.0.0")
            .strategy(strategy("safety"))
            .strategy(strategy("watch"))
            .strategy(strategy("beta"))
            .strategy(strategy("alpha"))
            .strategy(strategy("gamma"))
            .alert(new AlertRule("item9-warning", Severity.WARNING, "ITEM9", "Run a C-SSRS.",
                    atLeast(Signals.PHQ9_ITEM9, 1), "watch", List.of(SOURCE)))
            .alert(new AlertRule("risk-critical", Severity.CRITICAL, "RISK", "Plan safety now.",
                    isOneOf(Signals.SUICIDE_RISK, SuicideRisk.HIGH), "safety", List.of(SOURCE)))
            .rule(Rule.score("alpha-fear", "alpha", 1.0, hasRootCause(RootCause.FEAR), "Alpha for fear."))
            .rule(Rule.score("alpha-ptsd", "alpha", 0.5, hasConcern(Concern.PTSD), "Alpha for PTSD."))
            .rule(Rule.score("beta-fear", "beta", 1.0, hasRootCause(RootCause.FEAR), "Beta for fear."))
            .rule(Rule.score("gamma-denial", "gamma", 3.0, hasRootCause(RootCause.DENIAL), "Gamma for denial."))
            .rule(Rule.gate("gamma-not-with-anxiety", "gamma", hasConcern(Concern.ANXIETY), "Not with anxiety.",
                    SOURCE))
            .build();

    private static final Engine ENGINE = new Engine(CATALOG);

    private static ImpasseDescriptor descriptor(Set<RootCause> causes, Set<Concern> concerns, SuicideRisk risk,
            Integer item9, int limit) {
        return new ImpasseDescriptor(causes, concerns, new Client(null, null, null, risk, null), null, null,
                new Measures(null, item9, null, null), null, limit);
    }

    private static ImpasseDescriptor causes(RootCause... causes) {
        return descriptor(Set.of(causes), null, null, null, 50);
    }

    private static List<String> ids(Recommendation recommendation) {
        return recommendation.strategies().stream().map(r -> r.strategy().id()).toList();
    }

    @Test
    void scoreIsTheSumOfFiredScoreRulesWithThemAsReasons() {
        Recommendation answer = ENGINE.evaluate(descriptor(Set.of(RootCause.FEAR), Set.of(Concern.PTSD), null, null, 50));

        RankedStrategy alpha = answer.strategies().get(0);
        assertThat(alpha.strategy().id()).isEqualTo("alpha");
        assertThat(alpha.score()).isEqualTo(1.5);
        assertThat(alpha.reasons()).extracting(Rule::id).containsExactly("alpha-fear", "alpha-ptsd");
    }

    @Test
    void higherScoreRanksFirst() {
        assertThat(ids(ENGINE.evaluate(causes(RootCause.FEAR, RootCause.DENIAL))))
                .containsExactly("gamma", "beta", "alpha");
    }

    @Test
    void equalScoresRankInDeclaredOrderNotIdOrder() {
        assertThat(ids(ENGINE.evaluate(causes(RootCause.FEAR)))).containsExactly("beta", "alpha");
    }

    @Test
    void aStrategyThatScoredNothingIsNotReturned() {
        assertThat(ids(ENGINE.evaluate(causes(RootCause.FEAR)))).doesNotContain("gamma", "safety", "watch");
    }

    @Test
    void whenNothingFiresTheAnswerIsEmpty() {
        Recommendation answer = ENGINE.evaluate(causes(RootCause.AMBIVALENCE));

        assertThat(answer.strategies()).isEmpty();
        assertThat(answer.alerts()).isEmpty();
        assertThat(answer.withheld()).isEmpty();
    }

    @Test
    void aFiredGateWithholdsItsStrategyAndSaysWhichGate() {
        Recommendation answer = ENGINE.evaluate(
                descriptor(Set.of(RootCause.DENIAL), Set.of(Concern.ANXIETY), null, null, 50));

        assertThat(ids(answer)).doesNotContain("gamma");
        assertThat(answer.withheld()).singleElement().satisfies(withheld -> {
            assertThat(withheld.strategy().id()).isEqualTo("gamma");
            assertThat(withheld.gate().id()).isEqualTo("gamma-not-with-anxiety");
            assertThat(withheld.score()).isEqualTo(3.0);
        });
    }

    @Test
    void aGateOnAStrategyThatScoredNothingIsNotReportedAsWithheld() {
        Recommendation answer = ENGINE.evaluate(
                descriptor(Set.of(RootCause.FEAR), Set.of(Concern.ANXIETY), null, null, 50));

        assertThat(answer.withheld()).isEmpty();
    }

    @Test
    void aRaisedAlertPinsItsStrategyFirstEvenWithScoreZero() {
        Recommendation answer = ENGINE.evaluate(descriptor(Set.of(RootCause.DENIAL), null, SuicideRisk.HIGH, null, 50));

        assertThat(answer.alerts()).extracting(AlertRule::code).containsExactly("RISK");
        RankedStrategy first = answer.strategies().get(0);
        assertThat(first.strategy().id()).isEqualTo("safety");
        assertThat(first.pinned()).isTrue();
        assertThat(first.score()).isZero();
        assertThat(answer.strategies().get(1).pinned()).isFalse();
    }

    @Test
    void criticalAlertsAndTheirStrategiesComeBeforeWarningsWhateverTheCatalogOrder() {
        Recommendation answer = ENGINE.evaluate(descriptor(Set.of(RootCause.DENIAL), null, SuicideRisk.HIGH, 2, 50));

        assertThat(answer.alerts()).extracting(AlertRule::severity).containsExactly(Severity.CRITICAL, Severity.WARNING);
        assertThat(ids(answer)).containsExactly("safety", "watch", "gamma");
    }

    @Test
    void theLimitCapsHowManyStrategiesAreReturned() {
        Recommendation answer = ENGINE.evaluate(
                descriptor(Set.of(RootCause.FEAR, RootCause.DENIAL), null, null, null, 2));

        assertThat(ids(answer)).containsExactly("gamma", "beta");
    }

    @Test
    void theLimitNeverCutsAPinnedStrategyAndCountsTheRest() {
        Recommendation answer = ENGINE.evaluate(
                descriptor(Set.of(RootCause.FEAR, RootCause.DENIAL), null, SuicideRisk.HIGH, 2, 1));

        assertThat(ids(answer)).containsExactly("safety", "watch", "gamma");
        assertThat(answer.strategies()).extracting(RankedStrategy::rank).containsExactly(1, 2, 3);
    }

    @Test
    void ranksCountFromOne() {
        Recommendation answer = ENGINE.evaluate(causes(RootCause.FEAR, RootCause.DENIAL));

        assertThat(answer.strategies()).extracting(RankedStrategy::rank).containsExactly(1, 2, 3);
    }

    @Test
    void theAnswerNamesTheCatalogVersionAndHash() {
        Recommendation answer = ENGINE.evaluate(causes(RootCause.FEAR));

        assertThat(answer.catalogVersion()).isEqualTo("1.0.0");
        assertThat(answer.catalogHash()).isEqualTo(CATALOG.hash()).hasSize(64);
    }

    @Test
    void evaluateCarriesNoTrace() {
        assertThat(ENGINE.evaluate(causes(RootCause.FEAR)).trace()).isEmpty();
    }
}
