package org.impasseadvisor.api.recommendation;

import java.util.List;
import org.impasseadvisor.api.problem.Problem;
import org.impasseadvisor.api.problem.ProblemException;
import org.impasseadvisor.descriptor.json.FieldError;
import org.impasseadvisor.descriptor.json.JsonFields;

/**
 * The {@code explain} query parameter: {@code none} (the default), {@code summary} (why each strategy is
 * there, in words) or {@code full} (the summary and the whole trace, for integrators).
 */
enum Explain {
    NONE, SUMMARY, FULL;

    private static final List<String> ALLOWED = List.of("none", "summary", "full");

    static Explain parse(String value) {
        if (value == null || value.equals("none")) {
            return NONE;
        }
        if (value.equals("summary")) {
            return SUMMARY;
        }
        if (value.equals("full")) {
            return FULL;
        }
        throw new ProblemException(Problem.invalid("The explain parameter has an unknown value.",
                List.of(new FieldError("explain", "'" + JsonFields.abbreviate(value) + "' is not an allowed value",
                        ALLOWED))));
    }
}
