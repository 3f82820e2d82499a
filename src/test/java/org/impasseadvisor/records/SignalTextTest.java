package org.impasseadvisor.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.impasseadvisor.descriptor.DescriptorFields;
import org.impasseadvisor.descriptor.Field;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.descriptor.json.DescriptorReader;
import org.junit.jupiter.api.Test;

class SignalTextTest {

    @Test
    void codedSignalsAreOneLineOfFieldsWithSetsInBracketsAndAbsentFieldsLeftOut() throws Exception {
        ImpasseDescriptor descriptor = DescriptorReader.read(new ObjectMapper().readTree("""
                {"rootCauses": ["FEAR", "LOW_MOTIVATION"], "concerns": ["PTSD"],
                 "client": {"ageGroup": "ADULT"}, "measures": {"phq9Item9": 1}, "limit": 3}""")).descriptor();

        assertThat(SignalText.of(descriptor)).isEqualTo("rootCauses=[FEAR,LOW_MOTIVATION];concerns=[PTSD];"
                + "client.ageGroup=ADULT;measures.phq9Item9=1;limit=3");
    }

    @Test
    void aDescriptorWithEveryFieldKnownListsEveryFieldOfTheTableInItsOrder() throws Exception {
        ImpasseDescriptor descriptor = DescriptorReader.read(new ObjectMapper().readTree("""
                {"rootCauses": ["FEAR", "DENIAL"], "concerns": ["PTSD", "ANXIETY"],
                 "client": {"ageGroup": "ADULT", "attendance": "COURT_ORDERED", "readiness": "CONTEMPLATION",
                            "suicideRisk": "LOW", "culturalFactors": true, "returning": false},
                 "alliance": {"srsTotal": 31.5, "ruptureMarkers": []},
                 "progress": {"sessionsCompleted": 12, "weeksWithoutProgress": 4, "orsTrend": "FLAT"},
                 "measures": {"phq9Total": 14, "phq9Item9": 1, "gad7Total": 9, "pcl5Total": 40},
                 "therapist": {"trainedIn": ["CBT", "EMDR"]}, "limit": 7}""")).descriptor();

        String text = SignalText.of(descriptor);

        assertThat(text).isEqualTo("rootCauses=[DENIAL,FEAR];concerns=[PTSD,ANXIETY];client.ageGroup=ADULT;"
                + "client.attendance=COURT_ORDERED;client.readiness=CONTEMPLATION;client.suicideRisk=LOW;"
                + "client.culturalFactors=true;client.returning=false;alliance.srsTotal=31.5;"
                + "alliance.ruptureMarkers=[];progress.sessionsCompleted=12;progress.weeksWithoutProgress=4;"
                + "progress.orsTrend=FLAT;measures.phq9Total=14;measures.phq9Item9=1;measures.gad7Total=9;"
                + "measures.pcl5Total=40;therapist.trainedIn=[EMDR,CBT];limit=7");
        assertThat(text.split(";")).extracting(pair -> pair.substring(0, pair.indexOf('=')))
                .containsExactlyElementsOf(DescriptorFields.ALL.stream().map(Field::path).toList());
    }
}
