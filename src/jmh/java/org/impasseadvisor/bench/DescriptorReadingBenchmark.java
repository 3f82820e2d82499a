package org.impasseadvisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impasseadvisor.descriptor.json.DescriptorReader;
import org.impasseadvisor.descriptor.json.DescriptorReading;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading a parsed request body into a descriptor, as every recommendation does before the engine runs:
 * the README's descriptor, a body with every field set, and a body with a problem in every field (the
 * answer then lists them all).
 */
public class DescriptorReadingBenchmark extends BenchmarkMethod {

    /** A valid body with every field set. */
    static final String EVERY_FIELD = """
            {"rootCauses": ["FEAR", "DENIAL", "LOW_MOTIVATION"], "concerns": ["PTSD", "DEPRESSION"],
             "client": {"ageGroup": "ADULT", "attendance": "COURT_ORDERED", "readiness": "CONTEMPLATION",
                        "suicideRisk": "LOW", "culturalFactors": true, "returning": false},
             "alliance": {"srsTotal": 31.5, "ruptureMarkers": ["WITHDRAWAL", "CONFRONTATION"]},
             "progress": {"sessionsCompleted": 12, "weeksWithoutProgress": 6, "orsTrend": "FLAT"},
             "measures": {"phq9Total": 14, "phq9Item9": 0, "gad7Total": 11, "pcl5Total": 52},
             "therapist": {"trainedIn": ["EMDR", "CBT", "MOTIVATIONAL_INTERVIEWING"]}, "limit": 10}
            """;

    private JsonNode typical;
    private JsonNode full;
    private JsonNode invalid;

    @Setup
    public void setUp() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        typical = mapper.readTree(Files.readString(Path.of("bench/typical.json")));
        full = mapper.readTree(EVERY_FIELD);
        invalid = mapper.readTree("""
                {"rootCauses": ["FEER"], "concerns": "PTSD", "colour": 1,
                 "client": {"ageGroup": "OLD", "attendance": 1, "readiness": "SOON", "suicideRisk": "LOWISH",
                            "culturalFactors": "yes", "returning": 0, "name": "x"},
                 "alliance": {"srsTotal": 41, "ruptureMarkers": ["SULKING"]},
                 "progress": {"sessionsCompleted": -1, "weeksWithoutProgress": 1.5, "orsTrend": "DOWNWARD"},
                 "measures": {"phq9Total": 28, "phq9Item9": 4, "gad7Total": 22, "pcl5Total": 81},
                 "therapist": {"trainedIn": ["JUGGLING"]}, "limit": 0}
                """);
        for (JsonNode body : new JsonNode[] {typical, full}) {
            if (!DescriptorReader.read(body).isValid()) {
                throw new IllegalStateException("a valid body was refused: " + DescriptorReader.read(body).errors());
            }
        }
        System.out.printf("%ninvalid body: %d problems%n", DescriptorReader.read(invalid).errors().size());
    }

    @Benchmark
    public DescriptorReading typical() {
        return DescriptorReader.read(typical);
    }

    @Benchmark
    public DescriptorReading everyField() {
        return DescriptorReader.read(full);
    }

    @Benchmark
    public DescriptorReading everyFieldWrong() {
        return DescriptorReader.read(invalid);
    }
}
