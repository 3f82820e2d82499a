package org.impasseadvisor.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impasseadvisor.descriptor.json.DescriptorReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The field table says what the contract's ImpasseDescriptor schema says, reads back what the reader read, and
 * refuses to disagree with the records.
 */
class DescriptorFieldsTest {

    private static JsonNode schemas;
    private static final Map<String, JsonNode> CONTRACT = new LinkedHashMap<>();

    @BeforeAll
    static void readTheContract() throws IOException {
        schemas = new YAMLMapper().readTree(new File("openapi.yaml")).at("/components/schemas");
        walk(schemas.get("ImpasseDescriptor"), "");
    }

    private static void walk(JsonNode schema, String prefix) {
        schema.get("properties").fields().forEachRemaining(property -> {
            JsonNode target = resolve(property.getValue());
            if ("object".equals(target.path("type").asText())) {
                walk(target, prefix + property.getKey() + ".");
            } else {
                CONTRACT.put(prefix + property.getKey(), property.getValue());
            }
        });
    }

    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty() ? schema : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    @Test
    void holdsEveryFieldOfTheContractInItsOrder() {
        assertThat(DescriptorFields.ALL).extracting(Field::path).containsExactlyElementsOf(CONTRACT.keySet());
    }

    @Test
    void vocabulariesAreTheContractsEnums() {
        DescriptorFields.ALL.forEach(field -> {
            JsonNode schema = CONTRACT.get(field.path());
            Class<?> vocabulary = field instanceof Field.OfSet<?> set ? set.vocabulary()
                    : field instanceof Field.OfValue<?> value ? value.vocabulary() : null;
            if (vocabulary != null) {
                JsonNode values = resolve(field instanceof Field.OfSet<?> ? schema.get("items") : schema).get("enum");
                List<String> names = new ArrayList<>();
                values.forEach(v -> {
                    if (!v.isNull()) {
                        names.add(v.asText());
                    }
                });
                assertThat(names).as(field.path()).containsExactlyElementsOf(
                        Arrays.stream(vocabulary.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
            }
        });
    }

    @Test
    void rangesAndTypesAreTheContracts() {
        DescriptorFields.ALL.stream().filter(Field.OfNumber.class::isInstance).map(Field.OfNumber.class::cast)
                .forEach(field -> {
                    JsonNode schema = CONTRACT.get(field.path());
                    assertThat(schema.get("type").asText()).as(field.path())
                            .isEqualTo(field.whole() ? "integer" : "number");
                    assertThat(schema.get("minimum").asLong()).as(field.path()).isEqualTo(field.range().min());
                    assertThat(schema.get("maximum").asLong()).as(field.path()).isEqualTo(field.range().max());
                });
        DescriptorFields.ALL.stream().filter(Field.OfFlag.class::isInstance).forEach(field ->
                assertThat(CONTRACT.get(field.path()).get("type").asText()).as(field.path()).isEqualTo("boolean"));
    }

    @Test
    void everyFieldReadsBackWhatTheReaderRead() throws IOException {
        JsonNode body = new YAMLMapper().readTree("""
                rootCauses: [DENIAL, FEAR]
                concerns: [PTSD]
                client: {ageGroup: ADULT, attendance: COURT_ORDERED, readiness: CONTEMPLATION, suicideRisk: LOW,
                         culturalFactors: true, returning: false}
                alliance: {srsTotal: 31.5, ruptureMarkers: [WITHDRAWAL]}
                progress: {sessionsCompleted: 12, weeksWithoutProgress: 6, orsTrend: FLAT}
                measures: {phq9Total: 14, phq9Item9: 0, gad7Total: 11, pcl5Total: 52}
                therapist: {trainedIn: [EMDR, CBT]}
                limit: 7
                """);
        ImpasseDescriptor descriptor = DescriptorReader.read(body).descriptor();
        assertThat(DescriptorFields.ALL).allSatisfy(field -> {
            JsonNode sent = body.at("/" + field.path().replace('.', '/'));
            Object value = field.valueIn(descriptor);
            String read = value instanceof Collection<?> set
                    ? set.stream().map(String::valueOf).toList().toString().replace(" ", "")
                    : String.valueOf(value);
            String expected = sent.isArray() ? sent.toString().replace("\"", "") : sent.asText();
            assertThat(read).as(field.path()).isEqualTo(expected);
        });
    }

    @Test
    void everyFieldHasALabel() {
        assertThat(DescriptorFields.ALL).allSatisfy(field -> assertThat(field.label()).as(field.path()).isNotBlank());
    }

    @Test
    void refusesAPartWhoseRowsAreNotItsRecordsComponents() {
        assertThatThrownBy(() -> new DescriptorFields.Part<>("client", Alliance.class, values -> Alliance.UNKNOWN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[ageGroup, attendance, readiness, suicideRisk, culturalFactors, returning]")
                .hasMessageContaining("[srsTotal, ruptureMarkers]");
    }

    @Test
    void buildsAPartFromItsFieldsValues() {
        assertThat(DescriptorFields.MEASURES.build(17, 2, null, 52)).isEqualTo(new Measures(17, 2, null, 52));
    }

    @Test
    void aPartsRecordStillChecksItsValues() {
        assertThatThrownBy(() -> DescriptorFields.MEASURES.build(28, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("measures.phq9Total must be 0 to 27, was 28");
    }
}
