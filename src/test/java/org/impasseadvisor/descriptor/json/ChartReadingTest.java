package org.impasseadvisor.descriptor.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.impasseadvisor.descriptor.Alliance;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.DescriptorFields;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.Progress;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.descriptor.Therapist;
import org.junit.jupiter.api.Test;

/** A chart's body is read as a REST body is, except that no root cause makes a risk screen, not a problem. */
class ChartReadingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void aChartWithoutARootCauseIsARiskScreenThatKeepsOnlyWhatTheAlertsRead() throws Exception {
        JsonNode body = json("""
                {"concerns": ["DEPRESSION"], "client": {"suicideRisk": "HIGH"}, "alliance": {"srsTotal": 20},
                 "progress": {"orsTrend": "FLAT"}, "measures": {"phq9Item9": 2}, "therapist": {"trainedIn": []},
                 "limit": 5}""");

        ImpasseDescriptor read = DescriptorReader.readChart(body).descriptor();
        ImpasseDescriptor screen = read.asRiskScreen();

        assertThat(read.isRiskScreen()).isTrue();
        assertThat(DescriptorReader.read(body).isValid()).as("the REST API asks for a root cause").isFalse();
        assertThat(screen.client().suicideRisk()).isEqualTo(SuicideRisk.HIGH);
        assertThat(screen.concerns()).containsExactly(Concern.DEPRESSION);
        assertThat(screen.measures().phq9Item9()).isEqualTo(2);
        assertThat(screen.alliance()).isEqualTo(Alliance.UNKNOWN);
        assertThat(screen.progress()).isEqualTo(Progress.UNKNOWN);
        assertThat(screen.therapist()).isEqualTo(Therapist.UNKNOWN);
        assertThat(screen.limit()).isEqualTo(1);
    }

    @Test
    void aChartIsHeldToTheContractsLimitsLikeARestBody() throws Exception {
        JsonNode body = json("""
                {"rootCauses": ["FEAR"], "measures": {"phq9Item9": 4}}""");

        assertThat(DescriptorReader.readChart(body).errors()).extracting(FieldError::field)
                .containsExactly("measures.phq9Item9");
    }

    @Test
    void oneValueIsReadAsInABodyOrRefused() {
        assertThat(DescriptorReader.valueOf(DescriptorFields.CONCERNS, F.textNode("PTSD"))).isEqualTo(Concern.PTSD);
        assertThat(DescriptorReader.valueOf(DescriptorFields.CONCERNS, F.textNode("GRIEF"))).isNull();
        assertThat(DescriptorReader.valueOf(DescriptorFields.SUICIDE_RISK, F.textNode("LOW")))
                .isEqualTo(SuicideRisk.LOW);
        assertThat(DescriptorReader.valueOf(DescriptorFields.SRS_TOTAL, F.numberNode(31.5))).isEqualTo(31.5);
        assertThat(DescriptorReader.valueOf(DescriptorFields.SRS_TOTAL, F.numberNode(40.5))).isNull();
        assertThat(DescriptorReader.valueOf(DescriptorFields.PHQ9_ITEM9, F.numberNode(1.5))).isNull();
        assertThat(DescriptorReader.valueOf(DescriptorFields.RETURNING, F.textNode("true"))).isNull();
        assertThat(DescriptorReader.valueOf(DescriptorFields.RETURNING, F.booleanNode(false))).isEqualTo(false);
    }
}
