package org.impasseadvisor.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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
}
