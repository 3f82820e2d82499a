package org.impasseadvisor.cdshooks.fhir;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A FHIR R4 OperationOutcome: the body of every non-2xx CDS Hooks answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OperationOutcome(String resourceType, List<Issue> issue) {

    /**
     * @param severity    {@code fatal}, {@code error}, {@code warning} or {@code information}
     * @param code        the FHIR issue type
     * @param diagnostics what went wrong, in words; never a token or a patient's data
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Issue(String severity, String code, String diagnostics) {
    }

    public static OperationOutcome error(String code, String diagnostics) {
        return new OperationOutcome("OperationOutcome", List.of(new Issue("error", code, diagnostics)));
    }

    public static OperationOutcome of(List<Issue> issues) {
        return new OperationOutcome("OperationOutcome", List.copyOf(issues));
    }
}
