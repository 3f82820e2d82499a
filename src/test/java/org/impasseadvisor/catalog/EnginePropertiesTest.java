package org.impasseadvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.impasseadvisor.descriptor.DescriptorParts;
import org.impasseadvisor.descriptor.Client;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Recommendation;

/** Properties of the engine over the shipped catalog and any valid descriptor. */
class EnginePropertiesTest {

    private static final Engine ENGINE = new Engine(ImpasseCatalog.build());

    private static List<?> reversed(List<?> values) {
        List<?> copy = new ArrayList<>(values);
        Collections.reverse(copy);
        return copy;
    }

    @Provide
    Arbitrary<DescriptorParts> descriptors() {
        return DescriptorParts.any();
    }

    @Property
    void theOrderOfASetNeverChangesTheAnswer(@ForAll("descriptors") DescriptorParts parts) {
        Recommendation asGiven = ENGINE.explain(parts.descriptor(values -> values));
        Recommendation reordered = ENGINE.explain(parts.descriptor(EnginePropertiesTest::reversed));

        assertThat(reordered).isEqualTo(asGiven);
    }

    @Property
    void aWithheldStrategyIsNeverRanked(@ForAll("descriptors") DescriptorParts parts) {
        Recommendation answer = ENGINE.evaluate(parts.descriptor(values -> values));

        List<String> ranked = answer.strategies().stream().map(r -> r.strategy().id()).toList();
        assertThat(answer.withheld()).allSatisfy(w -> assertThat(ranked).doesNotContain(w.strategy().id()));
    }

    @Property
    void ranksCountFromOneWithPinnedFirstThenScoresNeverRising(@ForAll("descriptors") DescriptorParts parts) {
        List<RankedStrategy> ranked = ENGINE.evaluate(parts.descriptor(values -> values)).strategies();

        for (int i = 0; i < ranked.size(); i++) {
            assertThat(ranked.get(i).rank()).isEqualTo(i + 1);
        }
        for (int i = 1; i < ranked.size(); i++) {
            RankedStrategy before = ranked.get(i - 1);
            RankedStrategy after = ranked.get(i);
            assertThat(!before.pinned() && after.pinned()).as("a pinned strategy after an unpinned one").isFalse();
            if (!before.pinned() && !after.pinned()) {
                assertThat(after.score()).isLessThanOrEqualTo(before.score());
            }
        }
    }

    @Property
    void everyReturnedStrategyScoredOrIsPinned(@ForAll("descriptors") DescriptorParts parts) {
        assertThat(ENGINE.evaluate(parts.descriptor(values -> values)).strategies())
                .allSatisfy(r -> assertThat(r.pinned() || r.score() > 0).isTrue());
    }

    /** The strategies each safety state makes unsafe, as the product defines them, independent of the catalog's gates. */
    private static Set<String> unsafeIn(ImpasseDescriptor d) {
        Set<String> confrontation = Set.of("name-discrepancy-and-check-buy-in");
        Set<String> reprocessing = Set.of("emdr-reprocessing");
        Set<String> waiting = Set.of("give-it-time-with-review-date");
        Set<String> ending = Set.of("ethical-transition-door-open", "discuss-referral-or-transfer-of-notes",
                "refer-to-another-clinician");
        Set<String> unsafe = new HashSet<>();
        SuicideRisk risk = d.client().suicideRisk();
        Integer item9 = d.measures().phq9Item9();
        if (risk == SuicideRisk.HIGH || risk == SuicideRisk.IMMINENT || (item9 != null && item9 >= 1)
                || d.rootCauses().contains(RootCause.THERAPIST_SAFETY_CONCERN)) {
            Stream.of(confrontation, reprocessing, waiting, ending).forEach(unsafe::addAll);
        }
        if (risk == SuicideRisk.MODERATE) {
            unsafe.addAll(waiting);
            unsafe.addAll(ending);
        }
        if (d.rootCauses().contains(RootCause.EMOTIONAL_DYSREGULATION)) {
            unsafe.addAll(reprocessing);
        }
        return unsafe;
    }

    private static List<String> ids(List<RankedStrategy> ranked) {
        return ranked.stream().map(r -> r.strategy().id()).toList();
    }

    @Property
    void underAnySafetyStateNoUnsafeStrategyIsRanked(@ForAll("descriptors") DescriptorParts parts) {
        ImpasseDescriptor descriptor = parts.descriptor(values -> values);

        Set<String> unsafe = unsafeIn(descriptor);

        assertThat(ids(ENGINE.evaluate(descriptor).strategies())).noneMatch(unsafe::contains);
    }

    @Property
    void everyStrategyAnAlertPinsSurvivesAnyLimit(@ForAll("descriptors") DescriptorParts parts) {
        ImpasseDescriptor descriptor = parts.descriptor(values -> values);
        Recommendation answer = ENGINE.evaluate(descriptor);

        List<String> ranked = ids(answer.strategies());
        assertThat(ranked).containsAll(answer.alerts().stream().map(AlertRule::strategyId).toList());
        assertThat(answer.strategies()).filteredOn(r -> !r.pinned()).hasSizeLessThanOrEqualTo(descriptor.limit());
    }

    @Property
    void imminentRiskReturnsOnlyPinnedStrategies(@ForAll("descriptors") DescriptorParts parts) {
        ImpasseDescriptor given = parts.descriptor(values -> values);
        ImpasseDescriptor imminent = new ImpasseDescriptor(given.rootCauses(), given.concerns(),
                new Client(given.client().ageGroup(), given.client().attendance(), given.client().readiness(),
                        SuicideRisk.IMMINENT, given.client().culturalFactors(), given.client().returning()),
                given.alliance(), given.progress(), given.measures(), given.therapist(), given.limit());
        Recommendation answer = ENGINE.evaluate(imminent);

        assertThat(answer.strategies()).isNotEmpty().allSatisfy(r -> assertThat(r.pinned()).isTrue());
        assertThat(answer.strategies().get(0).strategy().id()).isEqualTo("act-now-imminent-suicide-risk");
    }

    @Property
    void everyValidDescriptorEvaluatesWithAFullTrace(@ForAll("descriptors") DescriptorParts parts) {
        Recommendation answer = ENGINE.explain(parts.descriptor(values -> values));

        assertThat(answer.trace()).hasValueSatisfying(trace -> assertThat(trace.rules())
                .hasSize(ENGINE.catalog().alerts().size() + ENGINE.catalog().rules().size()));
    }
}
