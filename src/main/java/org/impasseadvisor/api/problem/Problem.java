package org.impasseadvisor.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.impasseadvisor.descriptor.json.FieldError;

/**
 * An RFC 9457 problem detail, the body of every error answer.
 *
 * @param errors one entry per offending field, for validation problems only
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, List.of());
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        ProblemType type = ProblemType.INVALID_REQUEST;
        return new Problem(type.uri(), type.title(), type.status(), detail, errors);
    }
}
