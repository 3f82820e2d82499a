package org.impasseadvisor.api.recommendation;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.util.Set;
import java.util.function.Supplier;
import org.impasseadvisor.api.catalog.CatalogRef;

/**
 * Gives the views of an answer serializers that copy the catalog's pre-encoded JSON. Jackson asks for a view's
 * serializer when it first writes one, so the JSON is encoded then.
 */
final class CatalogJsonModule extends SimpleModule {

    private static final Set<Class<?>> FIXED_WHOLE =
            Set.of(CatalogRef.class, AlertView.class, ReasonView.class, WithheldView.class);

    CatalogJsonModule(Supplier<CatalogJson> json) {
        super(CatalogJsonModule.class.getSimpleName());
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean,
                    JsonSerializer<?> plain) {
                Class<?> view = bean.getBeanClass();
                if (view == RecommendedStrategyView.class) {
                    return new RecommendedStrategySerializer(json.get(), plain);
                }
                return FIXED_WHOLE.contains(view) ? new EncodedViewSerializer(view, json.get(), plain) : plain;
            }
        });
    }
}
