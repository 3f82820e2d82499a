package org.impasseadvisor.cdshooks.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashMap;
import org.impasseadvisor.advice.Channel;
import org.impasseadvisor.advice.feedback.CardRef;
import org.impasseadvisor.advice.feedback.FeedbackRequest;
import org.impasseadvisor.advice.feedback.FeedbackService;
import org.impasseadvisor.cdshooks.CdsConfig;
import org.impasseadvisor.cdshooks.fhir.OperationOutcome;

/**
 * {@code POST /cds-services/{id}/feedback}: every item is stored against the recommendation and
 * strategy its card carried ({@code accepted} → ACCEPTED, {@code overridden} → OVERRIDDEN with the
 * reason). The whole batch is checked first: a malformed item answers 400 and an unknown card 404,
 * each issue naming the item's index, and then nothing is stored. Otherwise every item is stored and
 * the answer is 200 with one informational issue per item.
 */
@ApplicationScoped
public class CardFeedback {

    private final FeedbackService feedback;
    private final String reasonSystem;

    public CardFeedback(FeedbackService feedback, CdsConfig config) {
        this.feedback = feedback;
        this.reasonSystem = config.overrideReasonSystem();
    }

    public OperationOutcome give(JsonNode body) {
        List<FeedbackItem> items = FeedbackItems.read(body, reasonSystem);
        Map<FeedbackItem, CardRef> cards = new LinkedHashMap<>();
        List<OperationOutcome.Issue> unknown = new ArrayList<>();
        for (FeedbackItem item : items) {
            Optional<CardRef> card = feedback.card(item.card());
            if (card.isPresent()) {
                cards.put(item, card.get());
            } else {
                unknown.add(new OperationOutcome.Issue("error", "not-found", "feedback[" + item.index()
                        + "]: no card " + item.card() + " was answered, or it is older than the retention period."));
            }
        }
        if (!unknown.isEmpty()) {
            throw new FeedbackRejectedException(404, unknown);
        }
        List<OperationOutcome.Issue> stored = new ArrayList<>();
        cards.forEach((item, card) -> {
            feedback.give(card.recommendationId(),
                    new FeedbackRequest(card.strategyId(), item.outcome(), item.reason(), null), Channel.CDS_HOOKS);
            stored.add(new OperationOutcome.Issue("information", "informational",
                    "feedback[" + item.index() + "]: " + item.outcome() + " stored for strategy " + card.strategyId()
                            + "."));
        });
        return OperationOutcome.of(stored);
    }

}
