package org.impasseadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.impasseadvisor.engine.Conditions.hasRootCause;
import static org.impasseadvisor.engine.TestCatalogs.SOURCE;
import static org.impasseadvisor.engine.TestCatalogs.strategy;

import java.util.List;
import org.impasseadvisor.descriptor.RootCause;
import org.junit.jupiter.api.Test;

/** A catalog that would drop, misroute or hide a rule refuses to build. */
class CatalogIntegrityTest {

    private static final Condition FEAR = hasRootCause(RootCause.FEAR);

    private static Rule score(String id, String strategyId, double weight) {
        return Rule.score(id, strategyId, weight, FEAR, "Because.");
    }

    private static Catalog.Builder oneStrategy() {
        return Catalog.builder("1.0.0").strategy(strategy("a")).rule(score("a-fear", "a", 1.0));
    }

    @Test
    void aValidCatalogBuilds() {
        assertThat(oneStrategy().build().strategies()).extracting(Strategy::id).containsExactly("a");
    }

    @Test
    void refusesADuplicateStrategyId() {
        assertThatThrownBy(() -> oneStrategy().strategy(strategy("a")).build())
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("duplicate strategy id: a");
    }

    @Test
    void refusesADuplicateRuleId() {
        assertThatThrownBy(() -> oneStrategy().rule(score("a-fear", "a", 2.0)).build())
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("duplicate rule id: a-fear");
    }

    @Test
    void refusesAnAlertWhoseIdARuleAlsoUses() {
        assertThatThrownBy(() -> oneStrategy()
                .alert(new AlertRule("a-fear", Severity.WARNING, "FEAR", "Check.", FEAR, "a", List.of()))
                .build())
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("duplicate rule id: a-fear");
    }

    @Test
    void refusesARuleForAnUnknownStrategy() {
        assertThatThrownBy(() -> oneStrategy().rule(score("b-fear", "b", 1.0)).build())
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("unknown strategy b");
    }

    @Test
    void refusesANaNWeight() {
        assertThatThrownBy(() -> oneStrategy().rule(score("a-nan", "a", Double.NaN)).build())
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("non-finite");
    }

    @Test
    void refusesAnInfiniteWeight() {
        assertThatThrownBy(() -> oneStrategy().rule(score("a-inf", "a", Double.POSITIVE_INFINITY)).build())
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("non-finite");
    }

    @Test
    void refusesAScoreWeightOfZero() {
        assertThatThrownBy(() -> oneStrategy().rule(score("a-zero", "a", 0)).build())
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("weight 0");
    }

    @Test
    void refusesAnUnreachableStrategy() {
        assertThatThrownBy(() -> oneStrategy().strategy(strategy("lonely")).build())
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("lonely is unreachable");
    }

    @Test
    void aStrategyReachedOnlyByANegativeWeightIsUnreachable() {
        assertThatThrownBy(() -> oneStrategy().strategy(strategy("b")).rule(score("b-minus", "b", -1.0)).build())
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("b is unreachable");
    }

    @Test
    void aStrategyPinnedByAnAlertIsReachable() {
        Catalog catalog = oneStrategy().strategy(strategy("safety"))
                .alert(new AlertRule("risk", Severity.CRITICAL, "RISK", "Plan safety.", FEAR, "safety", List.of()))
                .build();
        assertThat(catalog.strategy("safety")).isPresent();
    }

    @Test
    void refusesAGateWithoutAReference() {
        assertThatThrownBy(() -> oneStrategy().rule(Rule.gate("a-gate", "a", FEAR, "Unsafe.")).build())
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("a-gate has no reference");
    }

    @Test
    void refusesAGateOnAStrategyThatAnAlertPins() {
        assertThatThrownBy(() -> oneStrategy()
                .alert(new AlertRule("risk", Severity.CRITICAL, "RISK", "Plan safety.", FEAR, "a", List.of()))
                .rule(Rule.gate("a-gate", "a", FEAR, "Unsafe.", SOURCE))
                .build())
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("an alert pins");
    }

    @Test
    void refusesAVersionThatIsNotMajorMinorPatch() {
        assertThatThrownBy(() -> Catalog.builder("1.0").strategy(strategy("a")).rule(score("a-fear", "a", 1.0)).build())
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("MAJOR.MINOR.PATCH");
    }

    @Test
    void refusesAStrategyIdThatIsNotKebabCase() {
        assertThatThrownBy(() -> strategy("Safety_Planning"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be kebab-case: Safety_Planning");
    }

    @Test
    void refusesAReferenceWithoutAnEvidenceLevel() {
        assertThatThrownBy(() -> new Reference("An unchecked claim", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'An unchecked claim' needs an evidence level");
    }

    @Test
    void refusesAReferenceWhoseAddressIsNotHttps() {
        assertThatThrownBy(() -> new Reference("A source", "http://example.org/a", Evidence.VERIFIED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://example.org/a");
    }

    @Test
    void theSameContentGivesTheSameHash() {
        assertThat(oneStrategy().build().hash()).isEqualTo(oneStrategy().build().hash());
    }

    @Test
    void changingARuleWeightChangesTheHash() {
        Catalog heavier = Catalog.builder("1.0.0").strategy(strategy("a")).rule(score("a-fear", "a", 2.0)).build();
        assertThat(heavier.hash()).isNotEqualTo(oneStrategy().build().hash());
    }
}
