package org.impasseadvisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.impasseadvisor.descriptor.AgeGroup;
import org.impasseadvisor.descriptor.Alliance;
import org.impasseadvisor.descriptor.Attendance;
import org.impasseadvisor.descriptor.Client;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.Measures;
import org.impasseadvisor.descriptor.OrsTrend;
import org.impasseadvisor.descriptor.Progress;
import org.impasseadvisor.descriptor.Readiness;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.descriptor.Therapist;
import org.impasseadvisor.descriptor.Training;
import org.impasseadvisor.descriptor.json.DescriptorReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The two library designs for reading a descriptor body, measured against today's reader on the valid bodies every
 * recommendation sends (BENCHMARKS.md, "Validating with a library"): (a) JSON Schema validation against the
 * contract's own {@code ImpasseDescriptor} schema in openapi.yaml (networknt, OpenAPI 3.0 dialect), then today's
 * typed read; (b) Jackson binding to annotated records, then Bean Validation (Hibernate Validator), and the binding
 * alone. The set-up checks that each design reads the same descriptor as today's reader and prints what each says
 * of a wrong body.
 */
public class ValidationDesignsBenchmark extends BenchmarkMethod {

    private final ObjectMapper mapper = new ObjectMapper();
    private Schema schema;
    private Validator validator;
    private JsonNode typical;
    private JsonNode full;

    @Setup
    public void setUp() throws IOException {
        String iri = "https://impasseadvisor.org/openapi.yaml";
        String contract = readString("openapi.yaml");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
                builder -> builder.schemas(Map.of(iri, contract)));
        schema = registry.getSchema(SchemaLocation.of(iri + "#/components/schemas/ImpasseDescriptor"));
        schema.initializeValidators();
        validator = Validation.buildDefaultValidatorFactory().getValidator();
        typical = mapper.readTree(readString("bench/typical.json"));
        full = mapper.readTree(DescriptorReadingBenchmark.EVERY_FIELD);
        JsonNode wrong = mapper.readTree("""
                {"rootCauses": ["FEER"], "client": {"ageGroup": "OLD"}, "measures": {"phq9Total": 28}, "x": 1}""");
        for (JsonNode body : new JsonNode[] {typical, full}) {
            if (!schemaThenRead(body).equals(DescriptorReader.read(body).descriptor())
                    || !bindAndValidate(body).equals(DescriptorReader.read(body).descriptor())) {
                throw new IllegalStateException("a design read a valid body otherwise than today's reader");
            }
        }
        System.out.printf("%nschema errors on a wrong body: %s%n", schema.validate(wrong));
        try {
            mapper.treeToValue(wrong, Body.class);
        } catch (IOException e) {
            System.out.printf("binding error on a wrong body: %s%n", e.getMessage());
        }
    }

    private static String readString(String file) throws IOException {
        return Files.readString(Path.of(file));
    }

    @Benchmark
    public ImpasseDescriptor todayTypical() {
        return DescriptorReader.read(typical).descriptor();
    }

    @Benchmark
    public ImpasseDescriptor schemaTypical() {
        return schemaThenRead(typical);
    }

    @Benchmark
    public ImpasseDescriptor bindTypical() throws IOException {
        return bindAndValidate(typical);
    }

    /** Design (b) without Bean Validation: what the binding alone costs. */
    @Benchmark
    public ImpasseDescriptor bindOnlyTypical() throws IOException {
        return mapper.treeToValue(typical, Body.class).descriptor();
    }

    @Benchmark
    public ImpasseDescriptor todayEveryField() {
        return DescriptorReader.read(full).descriptor();
    }

    @Benchmark
    public ImpasseDescriptor schemaEveryField() {
        return schemaThenRead(full);
    }

    @Benchmark
    public ImpasseDescriptor bindEveryField() throws IOException {
        return bindAndValidate(full);
    }

    private ImpasseDescriptor schemaThenRead(JsonNode body) {
        if (!schema.validate(body).isEmpty()) {
            throw new IllegalStateException("refused");
        }
        return DescriptorReader.read(body).descriptor();
    }

    private ImpasseDescriptor bindAndValidate(JsonNode body) throws IOException {
        Body read = mapper.treeToValue(body, Body.class);
        if (!validator.validate(read).isEmpty()) {
            throw new IllegalStateException("refused");
        }
        return read.descriptor();
    }

    public record Body(@NotNull @Size(min = 1, max = 10) Set<RootCause> rootCauses, Set<Concern> concerns,
            @Valid ClientBody client, @Valid AllianceBody alliance, @Valid ProgressBody progress,
            @Valid MeasuresBody measures, @Valid TherapistBody therapist, @Min(1) @Max(50) Integer limit) {

        ImpasseDescriptor descriptor() {
            return new ImpasseDescriptor(rootCauses, concerns,
                    client == null ? null : new Client(client.ageGroup, client.attendance, client.readiness,
                            client.suicideRisk, client.culturalFactors, client.returning),
                    alliance == null ? null : new Alliance(alliance.srsTotal, alliance.ruptureMarkers),
                    progress == null ? null : new Progress(progress.sessionsCompleted, progress.weeksWithoutProgress,
                            progress.orsTrend),
                    measures == null ? null : new Measures(measures.phq9Total, measures.phq9Item9,
                            measures.gad7Total, measures.pcl5Total),
                    therapist == null ? null : new Therapist(therapist.trainedIn),
                    limit == null ? ImpasseDescriptor.DEFAULT_LIMIT : limit);
        }
    }

    public record ClientBody(AgeGroup ageGroup, Attendance attendance, Readiness readiness, SuicideRisk suicideRisk,
            Boolean culturalFactors, Boolean returning) {
    }

    public record AllianceBody(@DecimalMin("0") @DecimalMax("40") Double srsTotal, Set<RuptureMarker> ruptureMarkers) {
    }

    public record ProgressBody(@Min(0) Integer sessionsCompleted, @Min(0) Integer weeksWithoutProgress,
            OrsTrend orsTrend) {
    }

    public record MeasuresBody(@Min(0) @Max(27) Integer phq9Total, @Min(0) @Max(3) Integer phq9Item9,
            @Min(0) @Max(21) Integer gad7Total, @Min(0) @Max(80) Integer pcl5Total) {
    }

    public record TherapistBody(Set<Training> trainedIn) {
    }
}
