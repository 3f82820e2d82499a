package org.impasseadvisor.cdshooks.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.impasseadvisor.advice.feedback.Outcome;
import org.impasseadvisor.advice.feedback.OverrideReason;
import org.impasseadvisor.cdshooks.CdsException;
import org.impasseadvisor.cdshooks.fhir.OperationOutcome;

/**
 * Reads the spec's {@code {"feedback":[…]}} body and checks every item before any is stored, so one
 * bad item is reported with its index and the corrected batch can be sent again without duplicates.
 */
final class FeedbackItems {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private FeedbackItems() {
    }

    /**
     * @param reasonSystem the code system of the override reasons this service offers on its cards
     * @throws CdsException 400 naming every malformed item
     */
    static List<FeedbackItem> read(JsonNode body, String reasonSystem) {
        JsonNode array = body.path("feedback");
        if (!body.isObject() || !array.isArray()) {
            throw CdsException.invalid("The body must be an object with a feedback array: {\"feedback\":[…]}.");
        }
        if (array.isEmpty()) {
            throw CdsException.invalid("The feedback array is empty.");
        }
        List<FeedbackItem> items = new ArrayList<>();
        List<OperationOutcome.Issue> issues = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            List<String> problems = new ArrayList<>();
            FeedbackItem item = item(i, array.get(i), reasonSystem, problems);
            if (problems.isEmpty()) {
                items.add(item);
            } else {
                issues.add(new OperationOutcome.Issue("error", "invalid",
                        "feedback[" + i + "]: " + String.join("; ", problems) + "."));
            }
        }
        if (!issues.isEmpty()) {
            throw new FeedbackRejectedException(400, issues);
        }
        return items;
    }

    private static FeedbackItem item(int index, JsonNode node, String reasonSystem, List<String> problems) {
        if (!node.isObject()) {
            problems.add("must be an object");
            return null;
        }
        String card = node.path("card").asText("");
        if (!CANONICAL_UUID.matcher(card).matches()) {
            problems.add("card must be the uuid of a card this service answered");
        }
        Outcome outcome = switch (node.path("outcome").asText("")) {
            case "accepted" -> Outcome.ACCEPTED;
            case "overridden" -> Outcome.OVERRIDDEN;
            default -> {
                problems.add("outcome must be accepted or overridden");
                yield null;
            }
        };
        try {
            OffsetDateTime.parse(node.path("outcomeTimestamp").asText(""));
        } catch (DateTimeParseException e) {
            problems.add("outcomeTimestamp must be an RFC 3339 date-time");
        }
        OverrideReason reason = null;
        JsonNode coding = node.path("overrideReason").path("reason");
        if (coding.isObject()) {
            if (outcome == Outcome.ACCEPTED) {
                problems.add("overrideReason is only for an overridden card");
            } else if (reasonSystem.equals(coding.path("system").asText(""))) {
                String code = coding.path("code").asText("");
                reason = known(code);
                if (reason == null) {
                    problems.add("overrideReason.reason.code " + code + " is not one this service offered");
                }
            } else {
                // a reason from another code system (e.g. the EHR's own list) is kept as OTHER, not dropped
                reason = OverrideReason.OTHER;
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new FeedbackItem(index, UUID.fromString(card), outcome, reason);
    }

    private static OverrideReason known(String code) {
        for (OverrideReason reason : OverrideReason.values()) {
            if (reason.name().equals(code)) {
                return reason;
            }
        }
        return null;
    }
}
