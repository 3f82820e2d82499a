package org.impasseadvisor.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.impasseadvisor.api.Recommendations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Feedback on a recommendation whose record the batch writer is committing, and card feedback on one still
 * waiting in the queue behind it, are both stored at once, without waiting for the writer (held here for as
 * long as the test likes); once the writer goes on, every record, card and feedback is in the store exactly
 * once, and nothing is counted as lost.
 */
@QuarkusTest
@TestProfile(FeedbackWhileQueuedTest.HeldWriter.class)
class FeedbackWhileQueuedTest {

    /** Batch writes go through {@link HeldRecordStore}. */
    public static class HeldWriter implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(HeldRecordStore.class);
        }
    }

    private static final String PATIENT_VIEW = "/cds-services/impasse-advisor-patient-view";
    private static final String EMPTY = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"entry\": []}";
    private static final String CALL = """
            {"hook": "patient-view", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
             "context": {"userId": "Practitioner/example", "patientId": "1288992"},
             "prefetch": {"patient": {"resourceType": "Patient", "id": "1288992"},
              "conditions": %1$s, "phq9": %1$s, "phq9item9": %1$s, "gad7": %1$s, "pcl5": %1$s,
              "impasse": {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {
               "resourceType": "QuestionnaireResponse", "status": "completed", "authored": "2026-11-20T09:10:00Z",
               "questionnaire": "https://impasseadvisor.org/fhir/Questionnaire/impasse|1.0.0",
               "item": [{"linkId": "rootCauses", "answer": [{"valueCoding": {
                "system": "https://impasseadvisor.org/fhir/CodeSystem/rootCauses", "code": "FEAR"}}]}]}}]}}}
            """.formatted(EMPTY);

    @Inject
    DataSource dataSource;

    @Inject
    RecordQueue queue;

    @Inject
    MeterRegistry registry;

    @AfterEach
    void release() {
        HeldRecordStore.release();
    }

    @Test
    void feedbackDoesNotWaitForTheWriterAndNothingIsLostOrWrittenTwice() throws Exception {
        double failedBefore = failed();
        HeldRecordStore.hold();
        JsonPath committing = Recommendations.recommend("{\"rootCauses\": [\"FEAR\"]}");
        assertThat(HeldRecordStore.awaitHeldWrite(10)).as("the writer is committing the first record").isTrue();
        JsonPath queued = given().contentType(ContentType.JSON).body(CALL)
                .when().post(PATIENT_VIEW).then().statusCode(200).extract().jsonPath();
        String card = queued.getString("cards[0].uuid");
        String recommendationId = committing.getString("recommendationId");

        given().contentType(ContentType.JSON)
                .body("{\"strategyId\": \"" + committing.getString("strategies[0].id") + "\", \"outcome\": \"ACCEPTED\"}")
                .when().post("/api/v1/recommendations/" + recommendationId + "/feedback")
                .then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{\"feedback\": [{\"card\": \"" + card + "\", \"outcome\": \"overridden\","
                        + " \"outcomeTimestamp\": \"2026-11-25T10:05:31Z\", \"overrideReason\": {\"reason\": {"
                        + "\"system\": \"https://impasseadvisor.org/fhir/CodeSystem/override-reason\","
                        + " \"code\": \"ALREADY_TRIED\"}}}]}")
                .when().post(PATIENT_VIEW + "/feedback")
                .then().statusCode(200).body("issue", hasSize(1));
        assertThat(queue.queued()).as("both records committed by their feedback, so the writer has none left")
                .isZero();

        HeldRecordStore.release();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (queue.queued() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(queue.queued()).as("records left in the queue").isZero();
        UUID committed = UUID.fromString(recommendationId);
        UUID behind = UUID.fromString(cardRecord(card));
        assertThat(count("select count(*) from recommendation_record where id = ?", committed)).isEqualTo(1);
        assertThat(count("select count(*) from recommendation_record where id = ?", behind)).isEqualTo(1);
        assertThat(count("select count(*) from recommendation_card where recommendation_id = ?", behind))
                .isEqualTo(queued.getList("cards").size());
        assertThat(count("select count(*) from feedback where recommendation_id = ?", committed)).isEqualTo(1);
        assertThat(count("select count(*) from feedback where recommendation_id = ?", behind)).isEqualTo(1);
        assertThat(failed()).as("records counted as not written").isEqualTo(failedBefore);
    }

    private String cardRecord(String card) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select recommendation_id from recommendation_card where card_id = ?")) {
            query.setObject(1, UUID.fromString(card));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("the card's row").isTrue();
                return row.getObject(1).toString();
            }
        }
    }

    private int count(String sql, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private double failed() {
        return registry.find("impasse.records.failed").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
