package org.impasseadvisor.api.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.impasseadvisor.advice.feedback.FeedbackRequest;
import org.impasseadvisor.advice.feedback.Outcome;
import org.impasseadvisor.advice.feedback.OverrideReason;
import org.impasseadvisor.api.problem.Problem;
import org.impasseadvisor.api.problem.ProblemException;
import org.impasseadvisor.descriptor.json.FieldError;
import org.impasseadvisor.descriptor.json.JsonFields;

/** Reads a feedback body, reporting every problem at once. */
final class FeedbackReader {

    private static final List<String> PROPERTIES = List.of("strategyId", "outcome", "reason", "comment");
    private static final int MAX_STRATEGY_ID_LENGTH = 80;

    private FeedbackReader() {
    }

    static FeedbackRequest read(JsonNode body) {
        JsonFields fields = new JsonFields();
        if (body == null || !body.isObject()) {
            throw invalid(List.of(FieldError.of("$", "the body must be a JSON object")));
        }
        fields.checkProperties(body, "", PROPERTIES);
        String strategyId = fields.text(body, "strategyId", "strategyId", MAX_STRATEGY_ID_LENGTH);
        Outcome outcome = fields.enumValue(body, "outcome", "outcome", Outcome.class);
        OverrideReason reason = fields.enumValue(body, "reason", "reason", OverrideReason.class);
        String comment = fields.text(body, "comment", "comment", FeedbackRequest.MAX_COMMENT_LENGTH);
        if (strategyId == null && !fields.hasErrorFor("strategyId")) {
            fields.add(FieldError.of("strategyId", "is required: the id of a strategy the recommendation returned"));
        }
        if (outcome == null && !fields.hasErrorFor("outcome")) {
            fields.add(new FieldError("outcome", "is required", JsonFields.allowedValues(Outcome.class)));
        }
        if (reason != null && outcome != null && outcome != Outcome.OVERRIDDEN) {
            fields.add(FieldError.of("reason", "applies only to the outcome OVERRIDDEN"));
        }
        if (fields.hasErrors()) {
            throw invalid(fields.errors());
        }
        return new FeedbackRequest(strategyId, outcome, reason, comment == null || comment.isBlank() ? null : comment);
    }

    private static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(Problem.invalid(
                "The feedback has " + errors.size() + " problem(s); each is listed in errors.", errors));
    }
}
