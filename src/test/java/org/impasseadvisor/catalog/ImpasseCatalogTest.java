package org.impasseadvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.Catalog;
import org.impasseadvisor.engine.Contains;
import org.impasseadvisor.engine.Evidence;
import org.impasseadvisor.engine.Reference;
import org.impasseadvisor.engine.Rule;
import org.impasseadvisor.engine.RuleKind;
import org.impasseadvisor.engine.Severity;
import org.impasseadvisor.engine.Signals;
import org.impasseadvisor.engine.Strategy;
import org.junit.jupiter.api.Test;

class ImpasseCatalogTest {

    private final Catalog catalog = ImpasseCatalog.build();

    @Test
    void buildsWithItsVersion() {
        assertThat(catalog.version()).isEqualTo(ImpasseCatalog.VERSION);
    }

    @Test
    void hasAtLeastTwentyStrategies() {
        assertThat(catalog.strategies()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void hasAtLeastFortyRules() {
        assertThat(catalog.rules()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everySeedSectionIsTheOriginOfAStrategy() {
        Set<String> origins = catalog.strategies().stream().map(Strategy::origin).collect(Collectors.toSet());
        assertThat(origins).containsAll(Arrays.stream(SeedSection.values()).map(SeedSection::heading).toList());
    }

    @Test
    void everyOriginIsASeedSectionOrTheEvidence() {
        Set<String> allowed = Stream.concat(Arrays.stream(SeedSection.values()).map(SeedSection::heading),
                Stream.of(SeedSection.EVIDENCE_ORIGIN)).collect(Collectors.toSet());
        assertThat(catalog.strategies()).allSatisfy(s -> assertThat(allowed).contains(s.origin()));
    }

    @Test
    void everyStrategyHasStepsAndReferences() {
        assertThat(catalog.strategies()).allSatisfy(s -> {
            assertThat(s.steps()).as(s.id()).hasSizeBetween(3, 6);
            assertThat(s.references()).as(s.id()).isNotEmpty();
        });
    }

    @Test
    void everyReferenceIsVerifiedSecondaryOrPractitionerExperience() {
        Stream<Reference> references = Stream.of(
                catalog.strategies().stream().flatMap(s -> s.references().stream()),
                catalog.alerts().stream().flatMap(a -> a.references().stream()),
                catalog.rules().stream().flatMap(r -> r.references().stream())).flatMap(s -> s);
        assertThat(references).allSatisfy(reference -> {
            assertThat(reference.evidence()).isIn(Evidence.VERIFIED, Evidence.SECONDARY, Evidence.PRACTITIONER);
            assertThat(reference.url()).satisfiesAnyOf(
                    url -> assertThat(url).isNull(),
                    url -> assertThat(url).startsWith("https://"));
        });
    }

    @Test
    void everyRootCauseIsReadByAtLeastOneRule() {
        Set<RootCause> used = EnumSet.noneOf(RootCause.class);
        Stream.concat(catalog.rules().stream().map(Rule::condition), catalog.alerts().stream().map(AlertRule::condition))
                .flatMap(ConditionWalk::leaves)
                .forEach(leaf -> {
                    if (leaf instanceof Contains<?> contains && contains.signal() == Signals.ROOT_CAUSES) {
                        used.add((RootCause) contains.value());
                    }
                });
        assertThat(used).containsExactlyInAnyOrder(RootCause.values());
    }

    @Test
    void aNegativePhq9Item9NeverLowersAnything() {
        assertThat(catalog.rules()).noneMatch(
                rule -> ConditionWalk.canFireOnLowValueOf(rule.condition(), Signals.PHQ9_ITEM9.name()));
        assertThat(catalog.alerts()).noneMatch(
                alert -> ConditionWalk.canFireOnLowValueOf(alert.condition(), Signals.PHQ9_ITEM9.name()));
    }

    @Test
    void actingOnImminentRiskThenSafetyPlanningAreDeclaredFirst() {
        assertThat(catalog.strategies()).extracting(Strategy::id).startsWith("act-now-imminent-suicide-risk",
                "safety-planning");
    }

    @Test
    void imminentRiskRaisesItsOwnCriticalAlertPinningActNow() {
        assertThat(catalog.alerts()).anySatisfy(alert -> {
            assertThat(alert.code()).isEqualTo("IMMINENT_SUICIDE_RISK");
            assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(alert.strategyId()).isEqualTo("act-now-imminent-suicide-risk");
        });
    }

    @Test
    void moderateRiskRaisesAWarningPinningTheSafetyPlan() {
        assertThat(catalog.alerts()).anySatisfy(alert -> {
            assertThat(alert.code()).isEqualTo("MODERATE_SUICIDE_RISK");
            assertThat(alert.severity()).isEqualTo(Severity.WARNING);
            assertThat(alert.strategyId()).isEqualTo("safety-planning");
        });
    }

    @Test
    void everyStrategyNoAlertPinsIsWithheldAtImminentRiskBeforeAnyOtherGate() {
        Set<String> pinned = catalog.alerts().stream().map(AlertRule::strategyId).collect(Collectors.toSet());
        assertThat(catalog.strategies()).filteredOn(s -> !pinned.contains(s.id())).allSatisfy(strategy -> {
            Rule firstGate = catalog.rules().stream()
                    .filter(r -> r.kind() == RuleKind.GATE && r.strategyId().equals(strategy.id()))
                    .findFirst().orElseThrow();
            assertThat(firstGate.condition()).isEqualTo(ClinicalSignals.IMMINENT_SUICIDE_RISK);
        });
    }

    @Test
    void everyRuleAndAlertCitesAReferenceOrPractitionerExperience() {
        assertThat(catalog.rules()).allSatisfy(rule -> assertThat(rule.references()).as(rule.id()).isNotEmpty());
        assertThat(catalog.alerts()).allSatisfy(alert -> assertThat(alert.references()).as(alert.id()).isNotEmpty());
    }

    @Test
    void practitionerExperienceNamesTheArticleSectionItComesFrom() {
        Set<String> headings = Arrays.stream(SeedSection.values()).map(SeedSection::heading)
                .collect(Collectors.toSet());
        Stream.of(catalog.strategies().stream().flatMap(s -> s.references().stream()),
                        catalog.rules().stream().flatMap(r -> r.references().stream()))
                .flatMap(s -> s)
                .filter(reference -> reference.evidence() == Evidence.PRACTITIONER)
                .forEach(reference -> assertThat(headings).anySatisfy(
                        heading -> assertThat(reference.citation()).contains("\"" + heading + "\"")));
    }

    @Test
    void theThirdPartyPerspectiveCitesOnlyPractitionerExperience() {
        Strategy thirdParty = catalog.strategy("third-party-perspective").orElseThrow();
        assertThat(thirdParty.references()).extracting(Reference::evidence).containsOnly(Evidence.PRACTITIONER);
        assertThat(catalog.rules())
                .filteredOn(rule -> rule.strategyId().equals(thirdParty.id()) && rule.kind() == RuleKind.SCORE)
                .allSatisfy(rule -> assertThat(rule.references()).extracting(Reference::evidence)
                        .containsOnly(Evidence.PRACTITIONER));
    }

    @Test
    void everyVerifiedSourceNamesAYear() {
        Stream.of(catalog.strategies().stream().flatMap(s -> s.references().stream()),
                        catalog.rules().stream().flatMap(r -> r.references().stream()),
                        catalog.alerts().stream().flatMap(a -> a.references().stream()))
                .flatMap(s -> s)
                .filter(reference -> reference.evidence() == Evidence.VERIFIED)
                .forEach(reference -> assertThat(reference.citation()).as(reference.citation())
                        .containsPattern("(19|20)\\d\\d|undated"));
    }

    @Test
    void highSuicideRiskRaisesACriticalAlertPinningSafetyPlanning() {
        assertThat(catalog.alerts()).anySatisfy(alert -> {
            assertThat(alert.code()).isEqualTo("SUICIDE_RISK");
            assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(alert.strategyId()).isEqualTo("safety-planning");
        });
    }

    @Test
    void everyRuleHasARationaleOfAtMostTwoSentences() {
        assertThat(catalog.rules()).allSatisfy(rule -> assertThat(rule.rationale().split("[.!?](\\s|$)"))
                .as(rule.id()).hasSizeLessThanOrEqualTo(2));
    }

    /**
     * The hash identifies the catalog in every answer and audit record. Any edit to a strategy, alert or
     * rule changes it: bump {@link ImpasseCatalog#VERSION} and update this pin deliberately, together.
     */
    @Test
    void hashIsPinnedToVersion() {
        assertThat(catalog.version()).isEqualTo("1.1.0");
        assertThat(catalog.hash()).isEqualTo("d2cbd73c914ddf6ceb0e6b9bf7b1d05c474eb9f17df4b154561c00e8eadc4a85");
    }
}
