package org.impasseadvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.impasseadvisor.descriptor.DescriptorParts;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
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

    @Property
    void theLimitIsRespected(@ForAll("descriptors") DescriptorParts parts) {
        ImpasseDescriptor descriptor = parts.descriptor(values -> values);

        assertThat(ENGINE.evaluate(descriptor).strategies()).hasSizeLessThanOrEqualTo(descriptor.limit());
    }

    @Property
    void everyValidDescriptorEvaluatesWithAFullTrace(@ForAll("descriptors") DescriptorParts parts) {
        Recommendation answer = ENGINE.explain(parts.descriptor(values -> values));

        assertThat(answer.trace()).hasValueSatisfying(trace -> assertThat(trace.rules())
                .hasSize(ENGINE.catalog().alerts().size() + ENGINE.catalog().rules().size()));
    }
}
