package org.impasseadvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.impasseadvisor.descriptor.json.DescriptorReader;
import org.impasseadvisor.descriptor.json.DescriptorReading;
import org.impasseadvisor.engine.AlertRule;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.Recommendation;
import org.impasseadvisor.engine.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clinical vignettes as data: each file under {@code vignettes/} holds a descriptor exactly as the REST
 * API takes it and what the shipped catalog must answer: the {@code leading} strategies (in any order),
 * the {@code first}, the {@code alerts} in order, strategies {@code withheld}, {@code absent} from or
 * {@code includes}d in the ranking, the exact {@code ranked} list, and words a strategy's steps or
 * cautions {@code mentions}.
 */
class VignettesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Engine ENGINE = new Engine(ImpasseCatalog.build());

    static Stream<String> vignettes() throws IOException, URISyntaxException {
        URL folder = VignettesTest.class.getResource("/vignettes");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<String> names = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".json")).sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void theCatalogAnswersAsTheVignetteExpects(String file) throws IOException {
        JsonNode vignette = read(file);
        DescriptorReading reading = DescriptorReader.read(vignette.get("descriptor"));
        assertThat(reading.errors()).as("descriptor of " + file).isEmpty();
        Recommendation answer = ENGINE.evaluate(reading.descriptor());
        List<String> ranked = answer.strategies().stream().map(r -> r.strategy().id()).toList();
        List<String> withheld = answer.withheld().stream().map(w -> w.strategy().id()).toList();
        JsonNode expect = vignette.get("expect");
        String situation = vignette.get("name").asText() + ", ranked " + ranked;

        List<String> leading = texts(expect.get("leading"));
        assertThat(ranked.subList(0, Math.min(leading.size(), ranked.size())))
                .as(situation).containsExactlyInAnyOrderElementsOf(leading);
        if (expect.hasNonNull("first")) {
            assertThat(ranked).as(situation).first().isEqualTo(expect.get("first").asText());
        }
        assertThat(answer.alerts()).extracting(AlertRule::code).as(situation)
                .containsExactlyElementsOf(texts(expect.get("alerts")));
        texts(expect.get("withheld")).forEach(id -> assertThat(withheld).as(situation).contains(id));
        texts(expect.get("absent")).forEach(id -> assertThat(ranked).as(situation).doesNotContain(id));
        texts(expect.get("includes")).forEach(id -> assertThat(ranked).as(situation).contains(id));
        if (expect.has("ranked")) {
            assertThat(ranked).as(situation).containsExactlyElementsOf(texts(expect.get("ranked")));
        }
        JsonNode mentions = expect.get("mentions");
        if (mentions != null) {
            mentions.fields().forEachRemaining(entry -> {
                Strategy strategy = ENGINE.catalog().strategy(entry.getKey()).orElseThrow();
                String words = String.join(" ", strategy.steps()) + " " + String.join(" ", strategy.cautions());
                texts(entry.getValue()).forEach(text -> assertThat(words).as(entry.getKey()).contains(text));
            });
        }
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = VignettesTest.class.getResourceAsStream("/vignettes/" + file)) {
            JsonNode vignette = JSON.readTree(in);
            assertThat(vignette.hasNonNull("name") && vignette.hasNonNull("origin") && vignette.hasNonNull("expect"))
                    .as(file + " has a name, an origin and an expectation").isTrue();
            return vignette;
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(node -> texts.add(node.asText()));
        }
        return texts;
    }
}
