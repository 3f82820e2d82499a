package org.impasseadvisor.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A body with the same key twice is ambiguous, so it is rejected instead of keeping the last value.
 * Parsing is bounded well above anything a client legitimately sends — nesting depth (a descriptor is 3
 * deep; EHR resources a few more), number and string lengths — so a hostile body is refused as malformed
 * JSON before it costs memory or time.
 */
@Singleton
public class JsonConfiguration implements ObjectMapperCustomizer {

    static final int MAX_NESTING_DEPTH = 40;
    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_STRING_LENGTH = 64 * 1024;
    static final int MAX_NAME_LENGTH = 1024;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build());
    }
}
