package org.impasseadvisor.api.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.impasseadvisor.api.catalog.CatalogRef;
import org.junit.jupiter.api.Test;

/** The mapper the service answers with writes every view of an answer from the catalog's pre-encoded JSON. */
@QuarkusTest
class ServiceMapperTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void writesTheViewsOfAnAnswerFromTheCatalogsJson() throws JsonMappingException {
        for (Class<?> view : List.of(RecommendedStrategyView.class, ReasonView.class, AlertView.class,
                WithheldView.class, CatalogRef.class)) {
            assertThat(mapper.getSerializerProviderInstance().findValueSerializer(view)).as(view.getSimpleName())
                    .isInstanceOf(CatalogViewSerializer.class);
        }
    }
}
