package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.impasseadvisor.cdshooks.cards.Card;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.impasseadvisor.advice.Advice;
import org.impasseadvisor.advice.Advisor;
import org.impasseadvisor.advice.Channel;
import org.impasseadvisor.cdshooks.cards.CardFactory;
import org.impasseadvisor.cdshooks.cards.CardsResponse;
import org.impasseadvisor.cdshooks.fhir.QuestionnaireResponses;
import org.impasseadvisor.cdshooks.prefetch.PrefetchResolver;

/**
 * One CDS Hooks service call: the chart's data → a descriptor → the same engine as the REST API (via
 * the Advisor, recorded as {@link Channel#CDS_HOOKS}) → cards.
 */
@ApplicationScoped
public class ServiceCall {

    private final Advisor advisor;
    private final PrefetchResolver prefetch;
    private final QuestionnaireResponses responses;
    private final CardFactory cards;
    private final CdsConfig config;
    private final Clock clock = Clock.systemDefaultZone();

    public ServiceCall(Advisor advisor, PrefetchResolver prefetch, CdsConfig config) {
        this.advisor = advisor;
        this.prefetch = prefetch;
        this.config = config;
        this.responses = new QuestionnaireResponses(config.questionnaireUrl(), config::answerSystem);
        this.cards = new CardFactory(config.overrideReasonSystem());
    }

    /**
     * @param clientId the verified EHR (its JWT issuer), or null when trust is off
     * @param baseUrl  this service's public base URL, without a trailing slash
     */
    public CardsResponse answer(CdsService service, JsonNode body, String clientId, String baseUrl) {
        CdsRequest request = CdsRequestReader.read(service, body, config.allowLoopbackHttpFhirServer());
        if (request.fromPatientPortal()) {
            return CardsResponse.NONE;
        }
        PrefetchResolver.Chart chart = prefetch.resolve(request);
        ChartDescriptors.Reading reading = ChartDescriptors.read(chart.data(), responses, LocalDate.now(clock),
                config.strategyCards());
        List<Card> answer = List.of();
        if (reading instanceof ChartDescriptors.Impasse impasse) {
            Advice advice = advisor.recommendAsCards(impasse.descriptor(), Channel.CDS_HOOKS, clientId);
            answer = cards.cards(advice, false, baseUrl);
        } else if (reading instanceof ChartDescriptors.RiskScreen screen) {
            answer = advisor.safetyAlertsAsCards(screen.descriptor(), Channel.CDS_HOOKS, clientId)
                    .map(advice -> cards.cards(advice, true, baseUrl)).orElse(List.of());
        }
        if (!reading.unusable().isEmpty()) {
            answer = cards.withUnusable(answer, reading.unusable());
        }
        return new CardsResponse(chart.unknown().isEmpty() ? answer : cards.withUnread(answer, chart.unknown(), chart.why()));
    }
}
