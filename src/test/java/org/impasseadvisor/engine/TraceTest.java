package org.impasseadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.impasseadvisor.engine.Conditions.all;
import static org.impasseadvisor.engine.Conditions.any;
import static org.impasseadvisor.engine.Conditions.atLeast;
import static org.impasseadvisor.engine.Conditions.hasConcern;
import static org.impasseadvisor.engine.Conditions.hasRootCause;
import static org.impasseadvisor.engine.TestCatalogs.SOURCE;
import static org.impasseadvisor.engine.TestCatalogs.strategy;

import java.util.List;
import java.util.Set;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.Measures;
import org.impasseadvisor.descriptor.RootCause;
import org.junit.jupiter.api.Test;

/** The full explanation: every alert and rule, what each condition observed, and the near misses. */
class TraceTest {

    private static final Catalog CATALOG = Catalog.builder("1.0.0")
            .strategy(strategy("safety"))
            .strategy(strategy("trauma"))
            .alert(new AlertRule("item9", Severity.WARNING, "ITEM9", "Run a C-SSRS.",
                    atLeast(Signals.PHQ9_ITEM9, 1), "safety", List.of(SOURCE)))
            .rule(Rule.score("fear-with-ptsd", "trauma", 2.0,
                    all(hasRootCause(RootCause.FEAR), hasConcern(Concern.PTSD)), "Fear with PTSD."))
            .rule(Rule.score("denial-with-anxiety", "trauma", 1.0,
                    all(hasRootCause(RootCause.DENIAL), hasConcern(Concern.ANXIETY)), "Denial with anxiety."))
            .rule(Rule.score("denial-or-depression", "trauma", 1.0,
                    any(hasRootCause(RootCause.DENIAL), hasConcern(Concern.DEPRESSION)), "Denial or depression."))
            .build();

    private static final Engine ENGINE = new Engine(CATALOG);

    private static Trace explain(Set<Concern> concerns, Integer item9) {
        return ENGINE.explain(new ImpasseDescriptor(Set.of(RootCause.FEAR), concerns, null, null, null,
                new Measures(null, item9, null, null), null, 5)).trace().orElseThrow();
    }

    private static RuleTrace traceOf(Trace trace, String id) {
        return trace.rules().stream().filter(rule -> rule.ruleId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyAlertAndRuleIsTracedInCatalogOrderWhetherItFiredOrNot() {
        Trace trace = explain(Set.of(Concern.PTSD), null);

        assertThat(trace.rules()).extracting(RuleTrace::ruleId)
                .containsExactly("item9", "fear-with-ptsd", "denial-with-anxiety", "denial-or-depression");
        assertThat(trace.rules()).extracting(RuleTrace::kind).containsExactly("ALERT", "SCORE", "SCORE", "SCORE");
        assertThat(trace.rules()).extracting(RuleTrace::fired).containsExactly(false, true, false, false);
    }

    @Test
    void eachConditionRecordsTheValueItObserved() {
        RuleTrace fired = traceOf(explain(Set.of(Concern.PTSD), 2), "item9");

        assertThat(fired.observations()).singleElement().satisfies(observation -> {
            assertThat(observation.field()).isEqualTo("measures.phq9Item9");
            assertThat(observation.observed()).isEqualTo("2");
            assertThat(observation.result()).isEqualTo(Truth.TRUE);
        });
    }

    @Test
    void aFieldTheCallerDidNotSendIsObservedAsMissingAndUnknown() {
        RuleTrace rule = traceOf(explain(null, null), "fear-with-ptsd");

        assertThat(rule.result()).isEqualTo(Truth.UNKNOWN);
        assertThat(rule.fired()).isFalse();
        assertThat(rule.observations()).extracting(Observation::field, Observation::observed)
                .containsExactly(
                        tuple("rootCauses", "[FEAR]"),
                        tuple("concerns", Observation.MISSING));
    }

    @Test
    void aRuleWhoseConditionsAllHoldButOneIsANearMiss() {
        Trace trace = explain(Set.of(Concern.DEPRESSION), null);

        assertThat(trace.nearMisses()).singleElement().satisfies(nearMiss -> {
            assertThat(nearMiss.ruleId()).isEqualTo("fear-with-ptsd");
            assertThat(nearMiss.failedCondition()).isEqualTo("concerns contains PTSD");
            assertThat(nearMiss.observations()).extracting(Observation::observed).containsExactly("[DEPRESSION]");
        });
    }

    @Test
    void aRuleThatFailedOnAMissingFieldAloneIsANearMiss() {
        assertThat(explain(null, null).nearMisses()).extracting(NearMiss::ruleId).containsExactly("fear-with-ptsd");
    }

    @Test
    void aRuleFailingOnTwoConditionsIsNotANearMiss() {
        assertThat(explain(Set.of(Concern.PTSD), null).nearMisses()).extracting(NearMiss::ruleId)
                .doesNotContain("denial-with-anxiety");
    }

    @Test
    void onlyConjunctionsCanBeNearMisses() {
        assertThat(explain(Set.of(Concern.ANXIETY), 0).nearMisses()).extracting(NearMiss::ruleId)
                .doesNotContain("denial-or-depression", "item9");
    }

    @Test
    void aFiredRuleIsNotANearMiss() {
        assertThat(explain(Set.of(Concern.PTSD), null).nearMisses()).isEmpty();
    }
}
