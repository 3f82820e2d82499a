package org.impasseadvisor.cdshooks.feedback;

import java.util.List;
import org.impasseadvisor.cdshooks.CdsException;
import org.impasseadvisor.cdshooks.fhir.OperationOutcome;

/** Feedback of which nothing was stored, with one issue per item that was wrong. */
public class FeedbackRejectedException extends CdsException {

    private final List<OperationOutcome.Issue> issues;

    FeedbackRejectedException(int status, List<OperationOutcome.Issue> issues) {
        super(status, issues.get(0).code(), issues.get(0).diagnostics());
        this.issues = List.copyOf(issues);
    }

    public List<OperationOutcome.Issue> issues() {
        return issues;
    }
}
