package org.impasseadvisor.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import generated.impasseadvisor.client.ApiClient;
import generated.impasseadvisor.client.ApiException;
import generated.impasseadvisor.client.api.CatalogApi;
import generated.impasseadvisor.client.api.CdsHooksApi;
import generated.impasseadvisor.client.api.FeedbackAndInsightsApi;
import generated.impasseadvisor.client.api.RecommendationsApi;
import generated.impasseadvisor.client.model.Client;
import generated.impasseadvisor.client.model.Feedback;
import generated.impasseadvisor.client.model.FeedbackRequest;
import generated.impasseadvisor.client.model.ImpasseDescriptor;
import generated.impasseadvisor.client.model.Measures;
import generated.impasseadvisor.client.model.Outcome;
import generated.impasseadvisor.client.model.RecommendationResponse;
import generated.impasseadvisor.client.model.RootCause;
import generated.impasseadvisor.client.model.SuicideRisk;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java client an app generates from the contract (openapi-generator, {@code native} library, built
 * from {@code openapi.yaml} with the tests; {@link ServedContractTest} shows {@code /q/openapi} serves the
 * same document) compiles and works: it calls the service's operations and reads every answer.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URL base;

    private ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
    }

    @Test
    void readsTheCatalogAndItsStrategies() throws ApiException {
        CatalogApi catalog = new CatalogApi(client);
        var whole = catalog.getCatalog(null);
        assertThat(whole.getHash()).hasSize(64);
        assertThat(whole.getVocabulary()).containsKey("rootCauses");
        var strategies = catalog.listStrategies(null).getStrategies();
        assertThat(strategies).isNotEmpty();
        assertThat(catalog.getStrategy(strategies.get(0).getId()).getSteps()).isNotEmpty();
    }

    @Test
    void recommendsWithTheFullTraceAndTakesFeedbackAndInsights() throws ApiException {
        ImpasseDescriptor risk = new ImpasseDescriptor()
                .rootCauses(List.of(RootCause.FEAR))
                .client(new Client().suicideRisk(SuicideRisk.HIGH))
                .measures(new Measures().phq9Item9(2));
        RecommendationResponse answer = new RecommendationsApi(client).recommend(risk, "full");
        assertThat(answer.getAlerts()).isNotEmpty();
        assertThat(answer.getStrategies().get(0).getPinned()).isTrue();
        assertThat(answer.getTrace()).isNotNull();

        FeedbackAndInsightsApi feedback = new FeedbackAndInsightsApi(client);
        Feedback given = feedback.giveFeedback(answer.getRecommendationId(), new FeedbackRequest()
                .strategyId(answer.getStrategies().get(0).getId()).outcome(Outcome.ACCEPTED), "client-key-1");
        assertThat(given.getOutcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(feedback.strategyInsights(null, null, RootCause.FEAR).getStrategies()).isNotEmpty();
    }

    @Test
    void discoversTheCdsHooksServicesAndReadsTheQuestionnaire() throws ApiException {
        CdsHooksApi cds = new CdsHooksApi(client);
        assertThat(cds.discoverCdsServices().getServices()).isNotEmpty();
        assertThat(cds.getImpasseQuestionnaire().getResourceType()).isEqualTo("Questionnaire");
    }
}
