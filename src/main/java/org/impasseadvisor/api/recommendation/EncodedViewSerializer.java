package org.impasseadvisor.api.recommendation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/** Writes a view the catalog fixes whole (its reference, an alert, a reason, a withheld strategy) as encoded. */
final class EncodedViewSerializer extends CatalogViewSerializer<Object> {

    EncodedViewSerializer(Class<?> view, CatalogJson json, JsonSerializer<?> plain) {
        super(view, json, plain);
    }

    @Override
    public void serialize(Object view, JsonGenerator generator, SerializerProvider provider) throws IOException {
        SerializableString encoded = json.view(view);
        if (encoded == null) {
            plain.serialize(view, generator, provider);
        } else {
            generator.writeRawValue(encoded);
        }
    }
}
