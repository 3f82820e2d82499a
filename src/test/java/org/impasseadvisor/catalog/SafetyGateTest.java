package org.impasseadvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.impasseadvisor.descriptor.Alliance;
import org.impasseadvisor.descriptor.Client;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.Measures;
import org.impasseadvisor.descriptor.OrsTrend;
import org.impasseadvisor.descriptor.Progress;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.descriptor.Therapist;
import org.impasseadvisor.descriptor.Training;
import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Recommendation;
import org.impasseadvisor.engine.Severity;
import org.impasseadvisor.engine.Withheld;
import org.junit.jupiter.api.Test;

/** The safety behaviour the product promises, checked against the shipped catalog. */
class SafetyGateTest {

    private static final Engine ENGINE = new Engine(ImpasseCatalog.build());

    /** Root causes that score every strategy the safety gate may withhold. */
    private static final Set<RootCause> UNSAFE_WHILE_AT_RISK = EnumSet.of(RootCause.FEAR, RootCause.DECEPTION,
            RootCause.DENIAL, RootCause.UNMET_NEEDS);

    private static Recommendation evaluate(Set<RootCause> causes, SuicideRisk risk, Integer item9, OrsTrend trend,
            Set<Training> trainedIn) {
        return ENGINE.evaluate(new ImpasseDescriptor(causes, EnumSet.of(Concern.PTSD),
                new Client(null, null, null, risk, null), Alliance.UNKNOWN, new Progress(null, null, trend),
                new Measures(null, item9, null, null), new Therapist(trainedIn), 50));
    }

    private static List<String> ranked(Recommendation recommendation) {
        return recommendation.strategies().stream().map(r -> r.strategy().id()).toList();
    }

    private static List<String> withheld(Recommendation recommendation) {
        return recommendation.withheld().stream().map(w -> w.strategy().id()).toList();
    }

    @Test
    void highSuicideRiskPinsSafetyPlanningFirstWithACriticalAlert() {
        Recommendation answer = evaluate(UNSAFE_WHILE_AT_RISK, SuicideRisk.HIGH, null, null, Set.of(Training.EMDR));

        assertThat(answer.alerts()).extracting(AlertRule::code).containsExactly("SUICIDE_RISK");
        RankedStrategy first = answer.strategies().get(0);
        assertThat(first.strategy().id()).isEqualTo("safety-planning");
        assertThat(first.pinned()).isTrue();
    }

    @Test
    void highSuicideRiskWithholdsConfrontationReprocessingWaitingAndEnding() {
        Recommendation answer = evaluate(UNSAFE_WHILE_AT_RISK, SuicideRisk.HIGH, null, null, Set.of(Training.EMDR));

        assertThat(withheld(answer)).containsExactlyInAnyOrder("emdr-reprocessing",
                "name-discrepancy-and-check-buy-in", "give-it-time-with-review-date", "ethical-transition-door-open");
        assertThat(ranked(answer)).doesNotContainAnyElementsOf(withheld(answer));
    }

    @Test
    void imminentRiskActsNowAndWithholdsEveryImpasseStrategyWithAnImminentReason() {
        Recommendation answer = evaluate(UNSAFE_WHILE_AT_RISK, SuicideRisk.IMMINENT, null, null,
                Set.of(Training.EMDR));

        assertThat(answer.alerts()).extracting(AlertRule::code).containsExactly("IMMINENT_SUICIDE_RISK");
        assertThat(answer.alerts().get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(answer.alerts().get(0).message()).contains("imminent", "do not leave the client alone");
        assertThat(ranked(answer)).containsExactly("act-now-imminent-suicide-risk");
        assertThat(answer.withheld()).hasSizeGreaterThan(4)
                .allSatisfy(w -> assertThat(w.gate().rationale()).contains("suicide risk is imminent"));
    }

    @Test
    void moderateRiskPinsTheSafetyPlanKeepsTraumaTherapyAndWithholdsWaitingAndEnding() {
        Recommendation answer = evaluate(UNSAFE_WHILE_AT_RISK, SuicideRisk.MODERATE, null, null,
                Set.of(Training.EMDR));

        assertThat(answer.alerts()).extracting(AlertRule::code).containsExactly("MODERATE_SUICIDE_RISK");
        assertThat(answer.alerts().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(ranked(answer).get(0)).isEqualTo("safety-planning");
        assertThat(ranked(answer)).contains("emdr-reprocessing", "name-discrepancy-and-check-buy-in");
        assertThat(withheld(answer)).containsExactlyInAnyOrder("give-it-time-with-review-date",
                "ethical-transition-door-open");
    }

    @Test
    void positivePhq9Item9WithoutRecordedRiskWarnsAndWithholdsTheSameStrategies() {
        Recommendation answer = evaluate(UNSAFE_WHILE_AT_RISK, null, 1, null, Set.of(Training.EMDR));

        assertThat(answer.alerts()).extracting(AlertRule::code).containsExactly("PHQ9_ITEM9_POSITIVE");
        assertThat(ranked(answer).get(0)).isEqualTo("safety-planning");
        assertThat(withheld(answer)).contains("emdr-reprocessing", "name-discrepancy-and-check-buy-in",
                "give-it-time-with-review-date", "ethical-transition-door-open");
    }

    @Test
    void positivePhq9Item9WarnsEvenWhenLowRiskIsRecorded() {
        Recommendation answer = evaluate(UNSAFE_WHILE_AT_RISK, SuicideRisk.LOW, 2, null, null);

        assertThat(answer.alerts()).extracting(AlertRule::code).containsExactly("PHQ9_ITEM9_POSITIVE");
    }

    @Test
    void criticalSuicideAlertComesBeforeThePhq9Warning() {
        Recommendation answer = evaluate(UNSAFE_WHILE_AT_RISK, SuicideRisk.HIGH, 3, null, null);

        assertThat(answer.alerts()).extracting(AlertRule::code).containsExactly("SUICIDE_RISK", "PHQ9_ITEM9_POSITIVE");
    }

    @Test
    void negativePhq9Item9NeitherAlertsNorClearsAnything() {
        Recommendation zero = evaluate(UNSAFE_WHILE_AT_RISK, null, 0, null, Set.of(Training.EMDR));
        Recommendation unknown = evaluate(UNSAFE_WHILE_AT_RISK, null, null, null, Set.of(Training.EMDR));

        assertThat(zero.alerts()).isEmpty();
        assertThat(zero.strategies()).isEqualTo(unknown.strategies());
    }

    @Test
    void deterioratingOutcomeWithholdsGivingItTime() {
        Recommendation answer = evaluate(Set.of(RootCause.DENIAL), null, null, OrsTrend.DETERIORATING, null);

        assertThat(answer.withheld()).extracting(Withheld::strategy).extracting(s -> s.id())
                .containsExactly("give-it-time-with-review-date");
    }

    @Test
    void emdrIsWithheldWhenTheTherapistIsKnownNotToBeTrainedInItButCbtTrainingIsNoCompetenceGap() {
        Recommendation answer = evaluate(Set.of(RootCause.FEAR), null, null, null, Set.of(Training.CBT));

        assertThat(ranked(answer)).doesNotContain("emdr-reprocessing", "address-competence-gap")
                .contains("establish-safety-before-trauma-work");
    }

    @Test
    void aTherapistTrainedInNeitherEmdrNorCbtHasACompetenceGapForTraumaWork() {
        Recommendation answer = evaluate(Set.of(RootCause.FEAR), null, null, null,
                Set.of(Training.MOTIVATIONAL_INTERVIEWING));

        assertThat(ranked(answer)).contains("address-competence-gap");
    }

    @Test
    void safetyComesBeforeReprocessingForFearRootedTrauma() {
        Recommendation answer = evaluate(Set.of(RootCause.FEAR), null, null, null, Set.of(Training.EMDR));

        assertThat(ranked(answer)).containsSubsequence("establish-safety-before-trauma-work", "emdr-reprocessing");
    }

    @Test
    void therapistSafetyConcernWarnsPinsSupervisionAndWithholdsReprocessing() {
        Recommendation answer = evaluate(EnumSet.of(RootCause.THERAPIST_SAFETY_CONCERN, RootCause.FEAR), null, null,
                null, Set.of(Training.EMDR));

        assertThat(answer.alerts()).extracting(AlertRule::code).containsExactly("THERAPIST_SAFETY");
        assertThat(ranked(answer).get(0)).isEqualTo("therapist-safety-supervised-ending");
        assertThat(withheld(answer)).containsExactly("emdr-reprocessing");
    }
}
