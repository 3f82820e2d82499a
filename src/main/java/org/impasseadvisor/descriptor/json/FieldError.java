package org.impasseadvisor.descriptor.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One problem with one field of a request body.
 *
 * @param field   the field's path, e.g. {@code client.ageGroup} or {@code rootCauses[2]}
 * @param message what is wrong, in plain words
 * @param allowed the values the field accepts, when it is an enum; otherwise empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldError(String field, String message, List<String> allowed) {

    public FieldError {
        allowed = List.copyOf(allowed);
    }

    public static FieldError of(String field, String message) {
        return new FieldError(field, message, List.of());
    }
}
