package org.impasseadvisor.descriptor;

/** Standard measures, when the caller has them. Every field may be null: absent means not measured. */
public record Measures(Integer phq9Total, Integer phq9Item9, Integer gad7Total, Integer pcl5Total) {

    public static final Range PHQ9_TOTAL = new Range("measures.phq9Total", 0, 27);
    public static final Range PHQ9_ITEM9 = new Range("measures.phq9Item9", 0, 3);
    public static final Range GAD7_TOTAL = new Range("measures.gad7Total", 0, 21);
    public static final Range PCL5_TOTAL = new Range("measures.pcl5Total", 0, 80);
    public static final Measures UNKNOWN = new Measures(null, null, null, null);

    public Measures {
        PHQ9_TOTAL.check(phq9Total);
        PHQ9_ITEM9.check(phq9Item9);
        GAD7_TOTAL.check(gad7Total);
        PCL5_TOTAL.check(pcl5Total);
    }
}
