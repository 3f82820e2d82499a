package org.impasseadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.impasseadvisor.engine.Conditions.all;
import static org.impasseadvisor.engine.Conditions.any;
import static org.impasseadvisor.engine.Conditions.atLeast;
import static org.impasseadvisor.engine.Conditions.atMost;
import static org.impasseadvisor.engine.Conditions.below;
import static org.impasseadvisor.engine.Conditions.hasConcern;
import static org.impasseadvisor.engine.Conditions.hasRootCause;
import static org.impasseadvisor.engine.Conditions.isOneOf;
import static org.impasseadvisor.engine.Conditions.isTrue;
import static org.impasseadvisor.engine.Conditions.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.impasseadvisor.descriptor.Client;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.Measures;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.junit.jupiter.api.Test;

/** Each condition kind under three-valued logic: a missing field is UNKNOWN, never "no". */
class ConditionsTest {

    private static final ImpasseDescriptor NOTHING_KNOWN = ImpasseDescriptor.of(Set.of(RootCause.FEAR));

    private static ImpasseDescriptor withConcerns(Concern... concerns) {
        return new ImpasseDescriptor(Set.of(RootCause.FEAR), Set.of(concerns), null, null, null, null, null, 5);
    }

    private static ImpasseDescriptor withClient(SuicideRisk risk, Boolean culturalFactors) {
        return new ImpasseDescriptor(Set.of(RootCause.FEAR), null, new Client(null, null, null, risk, culturalFactors),
                null, null, null, null, 5);
    }

    private static ImpasseDescriptor withItem9(int item9) {
        return new ImpasseDescriptor(Set.of(RootCause.FEAR), null, null, null, null,
                new Measures(null, item9, null, null), null, 5);
    }

    @Test
    void containsIsTrueWhenTheSetHoldsTheValue() {
        assertThat(hasConcern(Concern.PTSD).test(withConcerns(Concern.PTSD))).isEqualTo(Truth.TRUE);
    }

    @Test
    void containsIsFalseWhenTheSetWasSentWithoutTheValue() {
        assertThat(hasConcern(Concern.PTSD).test(withConcerns())).isEqualTo(Truth.FALSE);
    }

    @Test
    void containsIsUnknownWhenTheSetWasNotSent() {
        assertThat(hasConcern(Concern.PTSD).test(NOTHING_KNOWN)).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void isOneOfIsTrueFalseOrUnknown() {
        Condition highRisk = isOneOf(Signals.SUICIDE_RISK, SuicideRisk.HIGH, SuicideRisk.IMMINENT);
        assertThat(highRisk.test(withClient(SuicideRisk.IMMINENT, null))).isEqualTo(Truth.TRUE);
        assertThat(highRisk.test(withClient(SuicideRisk.LOW, null))).isEqualTo(Truth.FALSE);
        assertThat(highRisk.test(withClient(null, null))).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void atLeastIncludesItsThreshold() {
        Condition positive = atLeast(Signals.PHQ9_ITEM9, 1);
        assertThat(positive.test(withItem9(1))).isEqualTo(Truth.TRUE);
        assertThat(positive.test(withItem9(0))).isEqualTo(Truth.FALSE);
        assertThat(positive.test(NOTHING_KNOWN)).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void atMostIncludesItsThreshold() {
        Condition low = atMost(Signals.PHQ9_ITEM9, 1);
        assertThat(low.test(withItem9(1))).isEqualTo(Truth.TRUE);
        assertThat(low.test(withItem9(2))).isEqualTo(Truth.FALSE);
        assertThat(low.test(NOTHING_KNOWN)).isEqualTo(Truth.UNKNOWN);
        assertThat(low.text()).isEqualTo("measures.phq9Item9 <= 1");
    }

    @Test
    void belowExcludesItsThreshold() {
        Condition negative = below(Signals.PHQ9_ITEM9, 1);
        assertThat(negative.test(withItem9(0))).isEqualTo(Truth.TRUE);
        assertThat(negative.test(withItem9(1))).isEqualTo(Truth.FALSE);
        assertThat(negative.test(NOTHING_KNOWN)).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void isTrueReadsAFlag() {
        Condition cultural = isTrue(Signals.CULTURAL_FACTORS);
        assertThat(cultural.test(withClient(null, true))).isEqualTo(Truth.TRUE);
        assertThat(cultural.test(withClient(null, false))).isEqualTo(Truth.FALSE);
        assertThat(cultural.test(withClient(null, null))).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void allIsFalseIfAnyPartIsFalseEvenWhenAnotherIsUnknown() {
        Condition fearWithPtsd = all(hasRootCause(RootCause.DENIAL), hasConcern(Concern.PTSD));
        assertThat(fearWithPtsd.test(NOTHING_KNOWN)).isEqualTo(Truth.FALSE);
    }

    @Test
    void allIsUnknownWhenNoPartIsFalseAndOneIsUnknown() {
        Condition fearWithPtsd = all(hasRootCause(RootCause.FEAR), hasConcern(Concern.PTSD));
        assertThat(fearWithPtsd.test(NOTHING_KNOWN)).isEqualTo(Truth.UNKNOWN);
        assertThat(fearWithPtsd.test(withConcerns(Concern.PTSD))).isEqualTo(Truth.TRUE);
    }

    @Test
    void anyIsTrueIfAnyPartIsTrueEvenWhenAnotherIsUnknown() {
        Condition either = any(hasConcern(Concern.PTSD), hasRootCause(RootCause.FEAR));
        assertThat(either.test(NOTHING_KNOWN)).isEqualTo(Truth.TRUE);
    }

    @Test
    void anyIsUnknownWhenNoPartIsTrueAndOneIsUnknown() {
        Condition either = any(hasConcern(Concern.PTSD), hasRootCause(RootCause.DENIAL));
        assertThat(either.test(NOTHING_KNOWN)).isEqualTo(Truth.UNKNOWN);
        assertThat(either.test(withConcerns(Concern.ANXIETY))).isEqualTo(Truth.FALSE);
    }

    @Test
    void notOfUnknownStaysUnknown() {
        Condition notPtsd = not(hasConcern(Concern.PTSD));
        assertThat(notPtsd.test(NOTHING_KNOWN)).isEqualTo(Truth.UNKNOWN);
        assertThat(notPtsd.test(withConcerns(Concern.ANXIETY))).isEqualTo(Truth.TRUE);
        assertThat(notPtsd.test(withConcerns(Concern.PTSD))).isEqualTo(Truth.FALSE);
    }

    @Test
    void aNegationObservesEachLeafNegatedSoAFiredConditionShowsNoFalsePart() {
        Condition neither = not(any(hasConcern(Concern.PTSD), hasConcern(Concern.ANXIETY)));
        List<Observation> seen = new ArrayList<>();
        neither.observe(withConcerns(Concern.DEPRESSION), seen);

        assertThat(neither.test(withConcerns(Concern.DEPRESSION))).isEqualTo(Truth.TRUE);
        assertThat(seen).extracting(Observation::condition, Observation::result).containsExactly(
                tuple("not(concerns contains PTSD)", Truth.TRUE),
                tuple("not(concerns contains ANXIETY)", Truth.TRUE));
    }

    @Test
    void canonicalTextsNameTheFieldAndPrintWholeNumbersWithoutDecimals() {
        assertThat(all(atLeast(Signals.PHQ9_ITEM9, 1), not(hasConcern(Concern.PTSD))).text())
                .isEqualTo("all(measures.phq9Item9 >= 1, not(concerns contains PTSD))");
    }
}
