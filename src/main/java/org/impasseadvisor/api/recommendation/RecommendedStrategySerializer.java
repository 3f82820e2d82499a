package org.impasseadvisor.api.recommendation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a recommended strategy: the rank, score, pin and reasons that each answer decides, around the
 * strategy's own texts (id, title, summary, steps, cautions, references, origin), which the catalog fixes and
 * {@link CatalogJson} encoded once.
 */
final class RecommendedStrategySerializer extends CatalogViewSerializer<RecommendedStrategyView> {

    private static final SerializedString RANK = new SerializedString("rank");
    private static final SerializedString SCORE = new SerializedString("score");
    private static final SerializedString PINNED = new SerializedString("pinned");
    private static final SerializedString REASONS = new SerializedString("reasons");
    private static final List<String> PER_ANSWER =
            Stream.of(RANK, SCORE, PINNED, REASONS).map(SerializedString::getValue).toList();

    RecommendedStrategySerializer(CatalogJson json, JsonSerializer<?> plain) {
        super(RecommendedStrategyView.class, json, plain);
    }

    /**
     * Jackson's JSON of a view without the fields each answer decides, as {@code ,"id":…,"origin":…}: ready to
     * follow the fields written before it in the same object.
     */
    static String texts(RecommendedStrategyView view, ObjectMapper plain) throws JsonProcessingException {
        ObjectNode fields = plain.valueToTree(view);
        fields.remove(PER_ANSWER);
        String object = plain.writeValueAsString(fields);
        return "," + object.substring(1, object.length() - 1);
    }

    @Override
    public void serialize(RecommendedStrategyView view, JsonGenerator generator, SerializerProvider provider)
            throws IOException {
        SerializableString texts = json.strategyTexts(view);
        if (texts == null) {
            plain.serialize(view, generator, provider);
            return;
        }
        generator.writeStartObject(view);
        generator.writeFieldName(RANK);
        generator.writeNumber(view.rank());
        generator.writeFieldName(SCORE);
        generator.writeNumber(view.score());
        generator.writeFieldName(PINNED);
        generator.writeBoolean(view.pinned());
        generator.writeRaw(texts);
        generator.writeFieldName(REASONS);
        provider.defaultSerializeValue(view.reasons(), generator);
        generator.writeEndObject();
    }
}
