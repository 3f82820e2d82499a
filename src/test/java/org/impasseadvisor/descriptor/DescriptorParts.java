package org.impasseadvisor.descriptor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;

/** A descriptor's content, with its sets as lists so a test can present them in any order. */
public record DescriptorParts(List<RootCause> rootCauses, List<Concern> concerns, AgeGroup ageGroup,
        Attendance attendance, Readiness readiness, SuicideRisk suicideRisk, Boolean culturalFactors, Boolean returning,
        Double srsTotal,
        List<RuptureMarker> ruptureMarkers, Integer sessions, Integer weeks, OrsTrend orsTrend,
        Integer phq9Total, Integer phq9Item9, Integer gad7Total, Integer pcl5Total, List<Training> trainedIn,
        int limit) {

    public ImpasseDescriptor descriptor(UnaryOperator<List<?>> order) {
        return new ImpasseDescriptor(set(rootCauses, order), set(concerns, order),
                new Client(ageGroup, attendance, readiness, suicideRisk, culturalFactors, returning),
                new Alliance(srsTotal, set(ruptureMarkers, order)), new Progress(sessions, weeks, orsTrend),
                new Measures(phq9Total, phq9Item9, gad7Total, pcl5Total), new Therapist(set(trainedIn, order)),
                limit);
    }

    @SuppressWarnings("unchecked")
    private static <E> Set<E> set(List<E> values, UnaryOperator<List<?>> order) {
        return values == null ? null : new LinkedHashSet<>((List<E>) order.apply(values));
    }

    private static <E extends Enum<E>> Arbitrary<List<E>> someOf(Class<E> type) {
        return Arbitraries.of(type).list().uniqueElements().ofMaxSize(type.getEnumConstants().length).injectNull(0.2);
    }

    private static <T> Arbitrary<T> maybe(Arbitrary<T> values) {
        return values.injectNull(0.3);
    }

    /** Any valid descriptor's content: every optional field sometimes absent. */
    public static Arbitrary<DescriptorParts> any() {
        return Builders.withBuilder(() -> new Object[19])
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
                .use(maybe(Arbitraries.of(true, false))).in((a, v) -> set(a, 18, v))
                .build(DescriptorParts::parts);
    }

    private static Object[] set(Object[] values, int index, Object value) {
        values[index] = value;
        return values;
    }

    @SuppressWarnings("unchecked")
    private static DescriptorParts parts(Object[] v) {
        return new DescriptorParts((List<RootCause>) v[0], (List<Concern>) v[1], (AgeGroup) v[2],
                (Attendance) v[3], (Readiness) v[4], (SuicideRisk) v[5], (Boolean) v[6], (Boolean) v[18], (Double) v[7],
                (List<RuptureMarker>) v[8], (Integer) v[9], (Integer) v[10], (OrsTrend) v[11], (Integer) v[12],
                (Integer) v[13], (Integer) v[14], (Integer) v[15], (List<Training>) v[16], (Integer) v[17]);
    }
}
