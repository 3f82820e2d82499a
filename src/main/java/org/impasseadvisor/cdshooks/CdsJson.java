package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;

/**
 * The JSON reader for CDS Hooks bodies and FHIR answers. FHIR resources are ordinary JSON with large
 * strings (a base64 photo, an XHTML narrative) and deeper nesting than a descriptor, so the REST API's
 * bounds would refuse normal charts. Here a string may be as large as the whole body, which stays bounded
 * by {@code impasse.cds.max-body-size}; nesting by a depth no FHIR resource comes near.
 */
@Singleton
public class CdsJson {

    static final int MAX_NESTING_DEPTH = 500;

    private final ObjectMapper mapper;

    public CdsJson(ObjectMapper mapper, CdsConfig config) {
        int maxBytes = (int) Math.min(Integer.MAX_VALUE, config.maxBodySize().asLongValue());
        this.mapper = mapper.copy();
        this.mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(maxBytes)
                .maxDocumentLength(maxBytes)
                .maxNumberLength(mapper.getFactory().streamReadConstraints().getMaxNumberLength())
                .maxNameLength(mapper.getFactory().streamReadConstraints().getMaxNameLength())
                .build());
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
