package org.impasseadvisor.cdshooks.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.impasseadvisor.descriptor.AgeGroup;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.Readiness;
import org.impasseadvisor.descriptor.Measures;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.descriptor.json.DescriptorReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every FHIR → descriptor mapping, one code family per test. */
class FhirMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String Q = "https://impasseadvisor.org/fhir/Questionnaire/impasse";

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The descriptor that a response's answers make, read as a chart's are. */
    static ImpasseDescriptor descriptor(ChartValues answers) {
        return DescriptorReader.readChart(answers.body()).descriptor();
    }

    private static JsonNode conditions(String system, String code, String clinicalStatus) {
        return json(("{'resourceType':'Bundle','entry':[{'resource':{'resourceType':'Condition',"
                + "'clinicalStatus':{'coding':[{'system':'http://terminology.hl7.org/CodeSystem/condition-clinical',"
                + "'code':'%s'}]},'code':{'coding':[{'system':'%s','code':'%s'}]}}}]}")
                .formatted(clinicalStatus, system, code));
    }

    private static JsonNode observation(String loinc, String value) {
        return json(("{'resourceType':'Bundle','entry':[{'resource':{'resourceType':'Observation','status':'final',"
                + "'code':{'coding':[{'system':'http://loinc.org','code':'%s'}]},"
                + "'effectiveDateTime':'2026-11-01T10:00:00Z',%s}}]}").formatted(loinc, value));
    }

    @ParameterizedTest
    @CsvSource({"2016-11-25, CHILD", "2013-11-26, CHILD", "2013-11-25, ADOLESCENT", "2008-11-26, ADOLESCENT",
            "2008-11-25, ADULT", "1961-11-26, ADULT", "1961-11-25, OLDER_ADULT", "1990, ADULT", "1990-06, ADULT"})
    void birthDateGivesTheAgeGroupOnTheDay(String birthDate, AgeGroup expected) {
        assertThat(AgeGroups.of(json("{'resourceType':'Patient','birthDate':'" + birthDate + "'}"), TODAY))
                .contains(expected);
    }

    @Test
    void aBirthYearThatSpansTwoGroupsLeavesTheAgeGroupUnknown() {
        assertThat(AgeGroups.of(json("{'resourceType':'Patient','birthDate':'2013'}"), TODAY)).isEmpty();
        assertThat(AgeGroups.of(json("{'resourceType':'Patient'}"), TODAY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"F43.10, PTSD", "F43.12, PTSD", "F32.1, DEPRESSION", "F33.0, DEPRESSION", "F34.1, DEPRESSION",
            "F40.10, ANXIETY", "F41.1, ANXIETY", "F10.20, SUBSTANCE_USE", "F14.10, SUBSTANCE_USE",
            "F19.90, SUBSTANCE_USE"})
    void icd10CmCodesMatchByPrefix(String code, Concern expected) {
        assertThat(ConcernCodes.of(conditions(CodeSystems.ICD_10_CM, code, "active"))).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource({"F43.0", "F34.0", "F20.9", "F42.2", "Z63.0"})
    void otherIcd10CmCodesAreNoConcern(String code) {
        assertThat(ConcernCodes.of(conditions(CodeSystems.ICD_10_CM, code, "active"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"47505003, PTSD", "35489007, DEPRESSION", "370143000, DEPRESSION", "197480006, ANXIETY",
            "21897009, ANXIETY"})
    void snomedCtCodesMatchExactly(String code, Concern expected) {
        assertThat(ConcernCodes.of(conditions(CodeSystems.SNOMED_CT, code, "active"))).containsExactly(expected);
    }

    @Test
    void resolvedConditionsAreNoConcern() {
        assertThat(ConcernCodes.of(conditions(CodeSystems.ICD_10_CM, "F43.10", "resolved"))).isEmpty();
    }

    @Test
    void loincObservationsGiveTheMeasures() {
        assertThat(MeasureCodes.latest(observation("44261-6", "'valueQuantity':{'value':17}"), List.of("44261-6"),
                Measures.PHQ9_TOTAL)).contains(17);
        assertThat(MeasureCodes.latest(observation("44260-8", "'valueInteger':2"), List.of("44260-8"),
                Measures.PHQ9_ITEM9)).contains(2);
        assertThat(MeasureCodes.latest(observation("44260-8",
                "'valueCodeableConcept':{'coding':[{'system':'http://loinc.org','code':'LA6569-3'}]}"), List.of("44260-8"),
                Measures.PHQ9_ITEM9)).contains(1);
        assertThat(MeasureCodes.latest(observation("70274-6", "'valueQuantity':{'value':12}"), List.of("70274-6"),
                Measures.GAD7_TOTAL)).contains(12);
        assertThat(MeasureCodes.latest(observation("101698-9", "'valueQuantity':{'value':52}"), List.of("101698-9"),
                Measures.PCL5_TOTAL)).contains(52);
    }

    @Test
    void aValueOutOfRangeOrOfAnotherCodeLeavesTheMeasureUnknown() {
        assertThat(MeasureCodes.latest(observation("44261-6", "'valueQuantity':{'value':40}"), List.of("44261-6"),
                Measures.PHQ9_TOTAL)).isEmpty();
        assertThat(MeasureCodes.latest(observation("70274-6", "'valueQuantity':{'value':12}"), List.of("44261-6"),
                Measures.PHQ9_TOTAL)).isEmpty();
    }

    @Test
    void theLatestObservationWins() {
        JsonNode bundle = json("{'resourceType':'Bundle','entry':["
                + "{'resource':{'resourceType':'Observation','status':'final','code':{'coding':[{'system':'http://loinc.org','code':'44261-6'}]},'effectiveDateTime':'2026-01-01','valueInteger':20}},"
                + "{'resource':{'resourceType':'Observation','status':'final','code':{'coding':[{'system':'http://loinc.org','code':'44261-6'}]},'effectiveDateTime':'2026-10-01','valueInteger':8}}]}");
        assertThat(MeasureCodes.latest(bundle, List.of("44261-6"), Measures.PHQ9_TOTAL)).contains(8);
    }

    private static JsonNode file(String name) {
        try {
            return JSON.readTree(new java.io.File("src/test/resources/fhir/" + name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode item9At(String... valuesAndTimes) {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < valuesAndTimes.length; i += 2) {
            entries.append(i == 0 ? "" : ",").append("{'resource':{'resourceType':'Observation','status':'final',"
                    + "'code':{'coding':[{'system':'http://loinc.org','code':'44260-8'}]},"
                    + valuesAndTimes[i + 1] + ",'valueInteger':" + valuesAndTimes[i] + "}}");
        }
        return json("{'resourceType':'Bundle','entry':[" + entries + "]}");
    }

    /** Two item 9 values, each with its time element, and which one is the latest. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "08:30-05:00 (13:30Z) is after 10:00+01:00 (09:00Z), though not as text"
            + " | 0 | 'effectiveDateTime':'2026-11-20T10:00:00+01:00' | 2 | 'effectiveDateTime':'2026-11-20T08:30:00-05:00' | 2",
        "23:30-02:00 is the next day in UTC | 2 | 'effectiveDateTime':'2026-11-20T23:30:00-02:00'"
            + " | 0 | 'effectiveDateTime':'2026-11-21T00:30:00+00:00' | 2",
        "a period counts until its end | 0 | 'effectiveDateTime':'2026-11-20T12:00:00Z'"
            + " | 1 | 'effectivePeriod':{'start':'2026-11-19T09:00:00Z','end':'2026-11-20T13:00:00Z'} | 1",
        "an open period counts from its start | 0 | 'effectiveDateTime':'2026-11-20T12:00:00Z'"
            + " | 1 | 'effectivePeriod':{'start':'2026-11-21T09:00:00Z'} | 1",
        "a month may be later than a day in it | 0 | 'effectiveDateTime':'2026-11-20T12:00:00Z'"
            + " | 1 | 'effectiveDateTime':'2026-11' | 1",
        "a year ends before the next one starts | 1 | 'effectiveDateTime':'2025' | 0 | 'effectiveDateTime':'2026-01-01' | 0",
        "no date is older than any date | 3 | 'note':[] | 0 | 'effectiveDateTime':'2001-01-01' | 0",
        "an unreadable date falls back to issued | 3 | 'effectiveDateTime':'not a date'"
            + " | 1 | 'issued':'2026-11-20T08:00:00.000+02:00' | 1",
        "of two at the same instant the higher counts | 2 | 'effectiveDateTime':'2026-11-20T12:00:00Z'"
            + " | 0 | 'effectiveDateTime':'2026-11-20T13:00:00+01:00' | 2"})
    void theLatestIsChosenByInstant(String rule, String first, String firstTime, String second, String secondTime,
            int latest) {
        assertThat(MeasureCodes.latest(item9At(first, firstTime, second, secondTime), ChartMeasure.PHQ9_ITEM9.loinc(),
                Measures.PHQ9_ITEM9)).as(rule).contains(latest);
    }

    @Test
    void theLatestQuestionnaireResponseIsChosenByInstant() {
        String early = "{'resource':{'resourceType':'QuestionnaireResponse','questionnaire':'" + Q + "',"
                + "'status':'completed','authored':'2026-11-20T10:00:00+01:00','item':[{'linkId':'rootCauses',"
                + "'answer':[{'valueCoding':{'code':'FEAR'}}]}]}}";
        String late = early.replace("10:00:00+01:00", "08:30:00-05:00").replace("FEAR", "DENIAL");
        ImpasseDescriptor answers = descriptor(new QuestionnaireResponses(Q, f -> "x")
                .latest(json("{'resourceType':'Bundle','entry':[" + early + "," + late + "]}")).orElseThrow());
        assertThat(answers.rootCauses()).containsExactly(RootCause.DENIAL);
    }

    @Test
    void usCoresPhq9TotalAsValueStringIsRead() {
        assertThat(MeasureCodes.latest(file("us-core-phq9-total-value-string.json"), ChartMeasure.PHQ9_TOTAL.loinc(),
                Measures.PHQ9_TOTAL)).contains(12);
    }

    @Test
    void usCoresItem9AnswersAreRead() {
        assertThat(MeasureCodes.latest(file("us-core-phq9-item9-not-at-all.json"), ChartMeasure.PHQ9_ITEM9.loinc(),
                Measures.PHQ9_ITEM9)).contains(0);
        assertThat(MeasureCodes.latest(file("us-core-phq9-item9-nearly-every-day.json"), ChartMeasure.PHQ9_ITEM9.loinc(),
                Measures.PHQ9_ITEM9)).contains(3);
    }

    @Test
    void aPhq9PanelsComponentsAreRead() {
        JsonNode panel = file("us-core-phq9-panel-with-components.json");
        assertThat(MeasureCodes.latest(panel, ChartMeasure.PHQ9_ITEM9.loinc(), Measures.PHQ9_ITEM9)).contains(2);
        assertThat(MeasureCodes.latest(panel, ChartMeasure.PHQ9_TOTAL.loinc(), Measures.PHQ9_TOTAL)).contains(19);
    }

    @Test
    void theCmsPhq9TotalIsThePhq9Total() {
        assertThat(MeasureCodes.latest(file("cms-phq9-total.json"), ChartMeasure.PHQ9_TOTAL.loinc(), Measures.PHQ9_TOTAL))
                .contains(3);
    }

    @Test
    void nicotineDependenceIsNotSubstanceUse() {
        assertThat(ConcernCodes.of(file("condition-nicotine-dependence.json"))).isEmpty();
        assertThat(ConcernCodes.of(conditions(CodeSystems.ICD_10, "F17.2", "active"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"F43.1, PTSD", "F32.1, DEPRESSION", "F33.2, DEPRESSION", "F41.1, ANXIETY", "F10.2, SUBSTANCE_USE"})
    void whoIcd10CodesMapAsIcd10CmDoes(String code, Concern expected) {
        assertThat(ConcernCodes.of(conditions(CodeSystems.ICD_10, code, "active"))).containsExactly(expected);
    }

    @Test
    void aWhoIcd10ConditionFromTheChartIsAConcern() {
        assertThat(ConcernCodes.of(file("condition-who-icd10-depression.json"))).containsExactly(Concern.DEPRESSION);
    }

    @Test
    void aQuestionnaireResponseGivesRootCausesAndTheRest() {
        JsonNode response = json("{'resourceType':'QuestionnaireResponse','questionnaire':'" + Q + "|1.0.0',"
                + "'status':'completed','authored':'2026-11-20','item':[{'linkId':'group','item':["
                + "{'linkId':'rootCauses','answer':[{'valueCoding':{'system':'https://impasseadvisor.org/fhir/CodeSystem/rootCauses','code':'FEAR'}},{'valueCoding':{'code':'DENIAL'}},{'valueCoding':{'code':'NOT_A_CAUSE'}}]},"
                + "{'linkId':'client.suicideRisk','answer':[{'valueCoding':{'code':'MODERATE'}}]},"
                + "{'linkId':'client.culturalFactors','answer':[{'valueBoolean':true}]},"
                + "{'linkId':'alliance.srsTotal','answer':[{'valueDecimal':31.5}]},"
                + "{'linkId':'progress.weeksWithoutProgress','answer':[{'valueInteger':6}]}]}],"
                + "'extension':[{'url':'https://ehr.example/x','valueString':'ignored'}]}");
        ImpasseDescriptor answers = descriptor(new QuestionnaireResponses(Q,
                f -> "https://impasseadvisor.org/fhir/CodeSystem/" + f)
                .latest(json("{'resourceType':'Bundle','entry':[{'resource':" + response + "}]}")).orElseThrow());
        assertThat(answers.rootCauses()).containsExactlyInAnyOrder(RootCause.FEAR, RootCause.DENIAL);
        assertThat(answers.client().suicideRisk()).isEqualTo(SuicideRisk.MODERATE);
        assertThat(answers.client().culturalFactors()).isTrue();
        assertThat(answers.alliance().srsTotal()).isEqualTo(31.5);
        assertThat(answers.progress().weeksWithoutProgress()).isEqualTo(6);
        assertThat(answers.client().readiness()).isNull();
    }

    @Test
    void answersTheReaderRefusesAreLeftOutAndCountAsUnknown() {
        JsonNode response = json("{'resourceType':'QuestionnaireResponse','questionnaire':'" + Q + "',"
                + "'status':'completed','item':[{'linkId':'rootCauses','answer':[{'valueCoding':{'code':'FEAR'}}]},"
                + "{'linkId':'client.readiness','answer':[{'valueCoding':{'code':'ACTION'}},"
                + "{'valueCoding':{'code':'CONTEMPLATION'}}]},"
                + "{'linkId':'client.attendance','answer':[{'valueCoding':{'system':'urn:other','code':'VOLUNTARY'}}]},"
                + "{'linkId':'client.returning','answer':[{'valueString':'yes'}]},"
                + "{'linkId':'alliance.srsTotal','answer':[{'valueDecimal':45},{'valueInteger':22}]},"
                + "{'linkId':'alliance.ruptureMarkers','answer':[{'valueCoding':{'code':'SILENCE'}}]},"
                + "{'linkId':'progress.sessionsCompleted','answer':[{'valueInteger':-1},{'valueDecimal':7}]},"
                + "{'linkId':'client.ageGroup','answer':[{'valueCoding':{'code':'CHILD'}}]},"
                + "{'linkId':'measures.phq9Item9','answer':[{'valueInteger':3}]}]}");

        ImpasseDescriptor answers = descriptor(new QuestionnaireResponses(Q, f -> "urn:ours").latest(response)
                .orElseThrow());

        assertThat(answers.client().readiness()).as("the first in the vocabulary's order")
                .isEqualTo(Readiness.CONTEMPLATION);
        assertThat(answers.client().attendance()).as("another code system").isNull();
        assertThat(answers.client().returning()).isNull();
        assertThat(answers.alliance().srsTotal()).isEqualTo(22.0);
        assertThat(answers.alliance().ruptureMarkers()).as("answered, but with no known marker").isEmpty();
        assertThat(answers.progress().sessionsCompleted()).isNull();
        assertThat(answers.client().ageGroup()).as("not asked: the chart's Patient gives it").isNull();
        assertThat(answers.measures().phq9Item9()).as("not asked: the chart's Observations give it").isNull();
    }

    @Test
    void aResponseToAnotherQuestionnaireIsNotRead() {
        JsonNode response = json("{'resourceType':'QuestionnaireResponse','questionnaire':'https://other.example/Q',"
                + "'status':'completed','item':[{'linkId':'rootCauses','answer':[{'valueCoding':{'code':'FEAR'}}]}]}");
        assertThat(new QuestionnaireResponses(Q, f -> f).latest(response)).isEmpty();
    }
}
