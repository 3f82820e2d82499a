package org.impasseadvisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.impasseadvisor.api.catalog.CatalogView;
import org.impasseadvisor.api.catalog.StrategyListView;
import org.impasseadvisor.api.recommendation.RecommendationView;
import org.junit.jupiter.api.Test;

/**
 * The answers of the recommendation and catalog endpoints are the API's own records: an engine or catalog type is
 * mapped into one of them, never written to the JSON as it is, so the engine can change without changing the
 * contract.
 */
class ViewTypesTest {

    @Test
    void everyTypeInAnAnswerIsTheApisOwnOrJavas() {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Type> pending = new ArrayDeque<>(Set.of(RecommendationView.class, CatalogView.class,
                StrategyListView.class));
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType generic) {
                pending.push(generic.getRawType());
                pending.addAll(List.of(generic.getActualTypeArguments()));
            } else if (type instanceof Class<?> raw && seen.add(raw) && raw.isRecord()) {
                for (RecordComponent component : raw.getRecordComponents()) {
                    pending.push(component.getGenericType());
                }
            }
        }

        assertThat(seen)
                .extracting(Class::getPackageName)
                .allMatch(name -> name.startsWith("java.") || name.startsWith("org.impasseadvisor.api."));
        assertThat(seen).extracting(Class::getSimpleName).contains("TraceView", "ObservationView", "ReferenceView");
    }
}
