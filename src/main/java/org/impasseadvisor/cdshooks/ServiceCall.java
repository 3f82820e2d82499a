package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.impasseadvisor.advice.Advice;
import org.impasseadvisor.advice.Advisor;
import org.impasseadvisor.audit.Channel;
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
        CdsRequest request = CdsRequestReader.read(service, body);
        if (request.fromPatientPortal()) {
            return CardsResponse.NONE;
        }
        Map<String, JsonNode> data = prefetch.resolve(request);
        ChartDescriptors.Reading reading = ChartDescriptors.read(data, responses, LocalDate.now(clock),
                config.strategyCards());
        if (reading instanceof ChartDescriptors.Impasse impasse) {
            Advice advice = advisor.recommendAsCards(impasse.descriptor(), Channel.CDS_HOOKS, clientId);
            return new CardsResponse(cards.cards(advice, false, baseUrl));
        }
        if (reading instanceof ChartDescriptors.RiskScreen screen) {
            Advice advice = advisor.recommendAsCards(screen.descriptor(), Channel.CDS_HOOKS, clientId);
            return new CardsResponse(cards.cards(advice, true, baseUrl));
        }
        return CardsResponse.NONE;
    }

    public CardFactory cardFactory() {
        return cards;
    }
}
