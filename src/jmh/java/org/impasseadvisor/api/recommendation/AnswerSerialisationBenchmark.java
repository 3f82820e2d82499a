package org.impasseadvisor.api.recommendation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.impasseadvisor.advice.Advice;
import org.impasseadvisor.bench.BenchmarkMethod;
import org.impasseadvisor.bench.Descriptors;
import org.impasseadvisor.catalog.ImpasseCatalog;
import org.impasseadvisor.engine.Engine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Writing the typical answer (the README's descriptor, three strategies, 5.3 KB) to JSON: by Jackson's own
 * serializers for the views, and from the catalog's pre-encoded JSON as the service does. Both write to a
 * reused buffer, as the service writes to the connection's, so the figures are the serialisation alone.
 */
public class AnswerSerialisationBenchmark extends BenchmarkMethod {

    private ObjectMapper plain;
    private ObjectMapper encoded;
    private RecommendationView typical;
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream(8192);

    @Setup
    public void setUp() {
        Engine engine = new Engine(ImpasseCatalog.build());
        plain = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        encoded = plain.copy();
        new CatalogJsonCustomizer(engine).customize(encoded);
        typical = RecommendationViews.of(
                new Advice(UUID.randomUUID(), engine.evaluate(Descriptors.typical()), Map.of()));
    }

    @Benchmark
    public int plainJackson() throws IOException {
        return write(plain);
    }

    @Benchmark
    public int preEncodedCatalog() throws IOException {
        return write(encoded);
    }

    private int write(ObjectMapper mapper) throws IOException {
        sink.reset();
        mapper.writeValue(sink, typical);
        return sink.size();
    }
}
