package org.impasseadvisor.descriptor;

/** Standard measures, when the caller has them. Every field may be null: absent means not measured. */
public record Measures(Integer phq9Total, Integer phq9Item9, Integer gad7Total, Integer pcl5Total) {

    public static final Range PHQ9_TOTAL = DescriptorFields.PHQ9_TOTAL.range();
    public static final Range PHQ9_ITEM9 = DescriptorFields.PHQ9_ITEM9.range();
    public static final Range GAD7_TOTAL = DescriptorFields.GAD7_TOTAL.range();
    public static final Range PCL5_TOTAL = DescriptorFields.PCL5_TOTAL.range();
    public static final Measures UNKNOWN = new Measures(null, null, null, null);

    public Measures {
        PHQ9_TOTAL.check(phq9Total);
        PHQ9_ITEM9.check(phq9Item9);
        GAD7_TOTAL.check(gad7Total);
        PCL5_TOTAL.check(pcl5Total);
    }
}
