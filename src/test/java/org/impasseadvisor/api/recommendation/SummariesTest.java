package org.impasseadvisor.api.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.impasseadvisor.catalog.ImpasseCatalog;
import org.impasseadvisor.descriptor.Client;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.descriptor.Therapist;
import org.impasseadvisor.descriptor.Training;
import org.impasseadvisor.engine.Engine;
import org.junit.jupiter.api.Test;

/** The clinician's summary of an explained answer, read against the shipped catalog. */
class SummariesTest {

    private static final Engine ENGINE = new Engine(ImpasseCatalog.build());
    private static final Summaries SUMMARIES = new Summaries(ENGINE.catalog());

    private static List<StrategySummaryView> summarise(Set<RootCause> causes, Set<Concern> concerns, SuicideRisk risk,
            Set<Training> trainedIn) {
        return SUMMARIES.of(ENGINE.explain(new ImpasseDescriptor(causes, concerns,
                new Client(null, null, null, risk, null), null, null, null, new Therapist(trainedIn), 5)));
    }

    private static StrategySummaryView entry(List<StrategySummaryView> summary, String id) {
        return summary.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aReturnedStrategySaysWhyInTheRulesRationales() {
        StrategySummaryView safety = entry(summarise(Set.of(RootCause.FEAR), Set.of(Concern.PTSD), null, null),
                "establish-safety-before-trauma-work");

        assertThat(safety.status()).isEqualTo("RETURNED");
        assertThat(safety.rank()).isEqualTo(1);
        assertThat(safety.because()).anySatisfy(reason -> assertThat(reason).contains("feels safe and supported"));
        assertThat(safety.withheldBecause()).isNull();
    }

    @Test
    void aPinnedStrategyNamesTheAlertThatPinnedIt() {
        StrategySummaryView plan = entry(summarise(Set.of(RootCause.STALLED_PROGRESS), null, SuicideRisk.MODERATE,
                null), "safety-planning");

        assertThat(plan.because().get(0)).startsWith("Pinned first by the WARNING alert MODERATE_SUICIDE_RISK: ");
    }

    @Test
    void aNearMissOnAFieldNotRecordedReadsAsWouldAlsoApplyWithTheVocabularysLabel() {
        StrategySummaryView safety = entry(summarise(Set.of(RootCause.FEAR), null, null, null),
                "establish-safety-before-trauma-work");

        assertThat(safety.wouldAlsoApplyIf()).anySatisfy(miss -> assertThat(miss)
                .startsWith("Would also apply if concerns include PTSD (not recorded): "));
    }

    @Test
    void aNegatedConditionReadsAsItsNegation() {
        StrategySummaryView gap = entry(summarise(EnumSet.of(RootCause.FEAR, RootCause.THERAPIST_COMPETENCE_GAP),
                Set.of(Concern.PTSD), null, Set.of(Training.EMDR)), "address-competence-gap");

        assertThat(gap.wouldAlsoApplyIf()).anySatisfy(miss -> assertThat(miss).startsWith(
                "Would also apply if the therapist's trained methods include neither EMDR nor CBT: "));
    }

    @Test
    void aWithheldStrategySaysWhichSafetyStateWithheldItAndWhyItWouldHaveHelped() {
        StrategySummaryView emdr = entry(summarise(Set.of(RootCause.FEAR), Set.of(Concern.PTSD), SuicideRisk.IMMINENT,
                Set.of(Training.EMDR)), "emdr-reprocessing");

        assertThat(emdr.status()).isEqualTo("WITHHELD");
        assertThat(emdr.rank()).isNull();
        assertThat(emdr.withheldBecause()).contains("suicide risk is imminent");
        assertThat(emdr.because()).anySatisfy(reason -> assertThat(reason).contains("EMDR"));
    }
}
