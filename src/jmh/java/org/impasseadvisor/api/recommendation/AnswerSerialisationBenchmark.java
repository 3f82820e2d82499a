package org.impasseadvisor.api.recommendation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.impasseadvisor.advice.Advice;
import org.impasseadvisor.api.JsonConfiguration;
import org.impasseadvisor.bench.BenchmarkMethod;
import org.impasseadvisor.catalog.ImpasseCatalog;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.json.DescriptorReader;
import org.impasseadvisor.engine.Engine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Writing the answer to {@code bench/typical.json} (three strategies; 6.3 KB, 7.6 KB with its summary) as the
 * resource does: the engine's recommendation mapped to the API's views, then written by a mapper configured as
 * the service's, to a reused buffer as the service writes to the connection's: by Jackson's own serializers for
 * the views ({@code jackson}), and from the catalog's pre-encoded JSON as the service writes them
 * ({@code preEncoded}). The engine's work is done once in the set-up; the summary, when asked for, is built in each
 * call, as the service builds it.
 */
public class AnswerSerialisationBenchmark extends BenchmarkMethod {

    @Param({"none", "summary"})
    public String explain;

    private ObjectMapper jackson;
    private ObjectMapper preEncoded;
    private Advice advice;
    private Summaries summaries;
    private RecommendationViews views;
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream(16384);

    @Setup
    public void setUp() throws IOException {
        Engine engine = new Engine(ImpasseCatalog.build());
        jackson = serviceMapper();
        preEncoded = serviceMapper();
        new CatalogJsonCustomizer(engine).customize(preEncoded);
        ImpasseDescriptor typical = DescriptorReader.read(
                jackson.readTree(Files.readString(Path.of("bench/typical.json")))).descriptor();
        boolean explained = !explain.equals("none");
        advice = new Advice(UUID.randomUUID(),
                explained ? engine.explain(typical) : engine.evaluate(typical), Map.of());
        views = new RecommendationViews(engine.catalog());
        summaries = explained ? new Summaries(engine.catalog()) : null;
    }

    /** Configured as Quarkus configures the service's mapper for these views (application.properties, customizers). */
    private static ObjectMapper serviceMapper() {
        ObjectMapper mapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        new JsonConfiguration().customize(mapper);
        return mapper;
    }

    @Benchmark
    public int jackson() throws IOException {
        return write(jackson);
    }

    @Benchmark
    public int preEncoded() throws IOException {
        return write(preEncoded);
    }

    private int write(ObjectMapper mapper) throws IOException {
        sink.reset();
        mapper.writeValue(sink, views.of(advice, summaries, false));
        return sink.size();
    }
}
