package org.impasseadvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.impasseadvisor.descriptor.AgeGroup;
import org.impasseadvisor.descriptor.Alliance;
import org.impasseadvisor.descriptor.Attendance;
import org.impasseadvisor.descriptor.Client;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.Measures;
import org.impasseadvisor.descriptor.OrsTrend;
import org.impasseadvisor.descriptor.Progress;
import org.impasseadvisor.descriptor.Readiness;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.descriptor.Therapist;
import org.impasseadvisor.descriptor.Training;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Recommendation;

/** Properties of the engine over the shipped catalog and any valid descriptor. */
class EnginePropertiesTest {

    private static final Engine ENGINE = new Engine(ImpasseCatalog.build());

    /** A descriptor's content, with its sets as lists so a test can present them in any order. */
    record Parts(List<RootCause> rootCauses, List<Concern> concerns, AgeGroup ageGroup, Attendance attendance,
            Readiness readiness, SuicideRisk suicideRisk, Boolean culturalFactors, Double srsTotal,
            List<RuptureMarker> ruptureMarkers, Integer sessions, Integer weeks, OrsTrend orsTrend,
            Integer phq9Total, Integer phq9Item9, Integer gad7Total, Integer pcl5Total, List<Training> trainedIn,
            int limit) {

        ImpasseDescriptor descriptor(UnaryOperator<List<?>> order) {
            return new ImpasseDescriptor(set(rootCauses, order), set(concerns, order),
                    new Client(ageGroup, attendance, readiness, suicideRisk, culturalFactors),
                    new Alliance(srsTotal, set(ruptureMarkers, order)), new Progress(sessions, weeks, orsTrend),
                    new Measures(phq9Total, phq9Item9, gad7Total, pcl5Total), new Therapist(set(trainedIn, order)),
                    limit);
        }

        @SuppressWarnings("unchecked")
        private static <E> Set<E> set(List<E> values, UnaryOperator<List<?>> order) {
            return values == null ? null : new LinkedHashSet<>((List<E>) order.apply(values));
        }
    }

    private static List<?> reversed(List<?> values) {
        List<?> copy = new ArrayList<>(values);
        Collections.reverse(copy);
        return copy;
    }

    private static <E extends Enum<E>> Arbitrary<List<E>> someOf(Class<E> type) {
        return Arbitraries.of(type).list().uniqueElements().ofMaxSize(type.getEnumConstants().length).injectNull(0.2);
    }

    private static <T> Arbitrary<T> maybe(Arbitrary<T> values) {
        return values.injectNull(0.3);
    }

    @Provide
    Arbitrary<Parts> descriptors() {
        return Builders.withBuilder(() -> new Object[18])
                .use(Arbitraries.of(RootCause.class).list().uniqueElements().ofMinSize(1).ofMaxSize(10))
                .in((a, v) -> set(a, 0, v))
                .use(someOf(Concern.class)).in((a, v) -> set(a, 1, v))
                .use(maybe(Arbitraries.of(AgeGroup.class))).in((a, v) -> set(a, 2, v))
                .use(maybe(Arbitraries.of(Attendance.class))).in((a, v) -> set(a, 3, v))
                .use(maybe(Arbitraries.of(Readiness.class))).in((a, v) -> set(a, 4, v))
                .use(maybe(Arbitraries.of(SuicideRisk.class))).in((a, v) -> set(a, 5, v))
                .use(maybe(Arbitraries.of(true, false))).in((a, v) -> set(a, 6, v))
                .use(maybe(Arbitraries.doubles().between(0, 40).ofScale(1))).in((a, v) -> set(a, 7, v))
                .use(someOf(RuptureMarker.class)).in((a, v) -> set(a, 8, v))
                .use(maybe(Arbitraries.integers().between(0, 200))).in((a, v) -> set(a, 9, v))
                .use(maybe(Arbitraries.integers().between(0, 104))).in((a, v) -> set(a, 10, v))
                .use(maybe(Arbitraries.of(OrsTrend.class))).in((a, v) -> set(a, 11, v))
                .use(maybe(Arbitraries.integers().between(0, 27))).in((a, v) -> set(a, 12, v))
                .use(maybe(Arbitraries.integers().between(0, 3))).in((a, v) -> set(a, 13, v))
                .use(maybe(Arbitraries.integers().between(0, 21))).in((a, v) -> set(a, 14, v))
                .use(maybe(Arbitraries.integers().between(0, 80))).in((a, v) -> set(a, 15, v))
                .use(someOf(Training.class)).in((a, v) -> set(a, 16, v))
                .use(Arbitraries.integers().between(1, 50)).in((a, v) -> set(a, 17, v))
                .build(EnginePropertiesTest::parts);
    }

    private static Object[] set(Object[] values, int index, Object value) {
        values[index] = value;
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Parts parts(Object[] v) {
        return new Parts((List<RootCause>) v[0], (List<Concern>) v[1], (AgeGroup) v[2], (Attendance) v[3],
                (Readiness) v[4], (SuicideRisk) v[5], (Boolean) v[6], (Double) v[7], (List<RuptureMarker>) v[8],
                (Integer) v[9], (Integer) v[10], (OrsTrend) v[11], (Integer) v[12], (Integer) v[13],
                (Integer) v[14], (Integer) v[15], (List<Training>) v[16], (Integer) v[17]);
    }

    @Property
    void theOrderOfASetNeverChangesTheAnswer(@ForAll("descriptors") Parts parts) {
        Recommendation asGiven = ENGINE.explain(parts.descriptor(values -> values));
        Recommendation reordered = ENGINE.explain(parts.descriptor(EnginePropertiesTest::reversed));

        assertThat(reordered).isEqualTo(asGiven);
    }

    @Property
    void aWithheldStrategyIsNeverRanked(@ForAll("descriptors") Parts parts) {
        Recommendation answer = ENGINE.evaluate(parts.descriptor(values -> values));

        List<String> ranked = answer.strategies().stream().map(r -> r.strategy().id()).toList();
        assertThat(answer.withheld()).allSatisfy(w -> assertThat(ranked).doesNotContain(w.strategy().id()));
    }

    @Property
    void ranksCountFromOneWithPinnedFirstThenScoresNeverRising(@ForAll("descriptors") Parts parts) {
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
    void everyReturnedStrategyScoredOrIsPinned(@ForAll("descriptors") Parts parts) {
        assertThat(ENGINE.evaluate(parts.descriptor(values -> values)).strategies())
                .allSatisfy(r -> assertThat(r.pinned() || r.score() > 0).isTrue());
    }

    @Property
    void theLimitIsRespected(@ForAll("descriptors") Parts parts) {
        ImpasseDescriptor descriptor = parts.descriptor(values -> values);

        assertThat(ENGINE.evaluate(descriptor).strategies()).hasSizeLessThanOrEqualTo(descriptor.limit());
    }

    @Property
    void everyValidDescriptorEvaluatesWithAFullTrace(@ForAll("descriptors") Parts parts) {
        Recommendation answer = ENGINE.explain(parts.descriptor(values -> values));

        assertThat(answer.trace()).hasValueSatisfying(trace -> assertThat(trace.rules())
                .hasSize(ENGINE.catalog().alerts().size() + ENGINE.catalog().rules().size()));
    }
}
