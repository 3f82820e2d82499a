package org.impasseadvisor.api.recommendation;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A view's serializer that copies the catalog's pre-encoded JSON where the view shows the catalog's own
 * content, and leaves any other value to Jackson's serializer for the view, so that what is written never
 * depends on where a view came from.
 */
abstract class CatalogViewSerializer<T> extends StdSerializer<T> implements ResolvableSerializer {

    protected final CatalogJson json;
    protected final JsonSerializer<Object> plain;

    @SuppressWarnings("unchecked")
    CatalogViewSerializer(Class<?> view, CatalogJson json, JsonSerializer<?> plain) {
        super(view, false);
        this.json = json;
        this.plain = (JsonSerializer<Object>) plain;
    }

    /** Jackson resolves the serializer it is given, which is this one: the plain one it stands for needs it too. */
    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
        if (plain instanceof ResolvableSerializer resolvable) {
            resolvable.resolve(provider);
        }
    }
}
