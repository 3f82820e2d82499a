package org.impasseadvisor.api.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.impasseadvisor.advice.Advice;
import org.impasseadvisor.api.catalog.CatalogRef;
import org.impasseadvisor.catalog.ImpasseCatalog;
import org.impasseadvisor.descriptor.DescriptorParts;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.RankedStrategy;

/**
 * An answer written from the catalog's pre-encoded JSON is Jackson's own serialisation of the same view, byte
 * for byte, whatever the descriptor, with or without the summary and the trace, and whether or not a view shows
 * the catalog's own content.
 */
class CatalogJsonTest {

    private static final Engine ENGINE = new Engine(ImpasseCatalog.build());
    private static final RecommendationViews VIEWS = new RecommendationViews(ENGINE.catalog());
    private static final Summaries SUMMARIES = new Summaries(ENGINE.catalog());
    /** Configured as the service's mapper is for these views: no absent field written (serialization-inclusion). */
    private static final ObjectMapper PLAIN =
            new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final ObjectMapper ENCODED = encoded();

    private static ObjectMapper encoded() {
        ObjectMapper mapper = PLAIN.copy();
        new CatalogJsonCustomizer(ENGINE).customize(mapper);
        return mapper;
    }

    @Provide
    Arbitrary<DescriptorParts> descriptors() {
        return DescriptorParts.any();
    }

    @Property
    void anAnswerIsWrittenAsJacksonWritesIt(@ForAll("descriptors") DescriptorParts parts, @ForAll boolean explain)
            throws IOException {
        ImpasseDescriptor descriptor = parts.descriptor(values -> values);
        RecommendationView answer = VIEWS.of(new Advice(UUID.randomUUID(),
                explain ? ENGINE.explain(descriptor) : ENGINE.evaluate(descriptor), Map.of()),
                explain ? SUMMARIES : null, explain);

        assertThat(ENCODED.writeValueAsString(answer)).isEqualTo(PLAIN.writeValueAsString(answer));
    }

    @Example
    void viewsThatDoNotShowTheCatalogsContentAreWrittenInFull() throws IOException {
        RecommendedStrategyView strategy =
                VIEWS.strategy(new RankedStrategy(1, ENGINE.catalog().strategies().get(0), 2.5, false, List.of()));
        RecommendedStrategyView retitled = new RecommendedStrategyView(1, 2.5, false, strategy.id(), "Another title",
                strategy.summary(), strategy.steps(), strategy.cautions(), strategy.references(),
                strategy.origin(), List.of(new ReasonView("some-rule", 1.5, "Some \"quoted\" rationale")));
        RecommendationView answer = new RecommendationView(UUID.randomUUID(), new CatalogRef("9.9.9", "other"),
                List.of(), List.of(strategy, retitled), List.of(), null, null, null);

        assertThat(ENCODED.writeValueAsString(answer)).isEqualTo(PLAIN.writeValueAsString(answer));
    }
}
