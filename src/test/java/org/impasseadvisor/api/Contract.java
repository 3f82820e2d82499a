package org.impasseadvisor.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

/**
 * RestAssured filters that check every call against {@code openapi.yaml}, the contract at the
 * repository root: a request or response that drifts from it fails the test.
 */
public final class Contract {

    private static final String SPEC = "openapi.yaml";

    private static final OpenApiValidationFilter STRICT =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(SPEC).build());

    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }

    /** Request and response must both match the contract. */
    public static OpenApiValidationFilter validated() {
        return STRICT;
    }

    /**
     * For deliberately bad requests: the request breaks the contract on purpose, and the problem
     * answered must still match it.
     */
    public static OpenApiValidationFilter responseValidated() {
        return RESPONSES_ONLY;
    }
}
