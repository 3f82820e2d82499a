package org.impasseadvisor.engine;

import org.impasseadvisor.descriptor.AgeGroup;
import org.impasseadvisor.descriptor.Attendance;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.DescriptorFields;
import org.impasseadvisor.descriptor.OrsTrend;
import org.impasseadvisor.descriptor.Readiness;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.descriptor.Training;

/**
 * Every descriptor field a condition can observe, one signal for each row of {@link DescriptorFields} that
 * rules use; a signal is named by its field's path in the JSON contract.
 */
public final class Signals {

    public static final SetSignal<RootCause> ROOT_CAUSES = new SetSignal<>(DescriptorFields.ROOT_CAUSES);
    public static final SetSignal<Concern> CONCERNS = new SetSignal<>(DescriptorFields.CONCERNS);
    public static final SetSignal<RuptureMarker> RUPTURE_MARKERS = new SetSignal<>(DescriptorFields.RUPTURE_MARKERS);
    public static final SetSignal<Training> TRAINED_IN = new SetSignal<>(DescriptorFields.TRAINED_IN);

    public static final EnumSignal<AgeGroup> AGE_GROUP = new EnumSignal<>(DescriptorFields.AGE_GROUP);
    public static final EnumSignal<Attendance> ATTENDANCE = new EnumSignal<>(DescriptorFields.ATTENDANCE);
    public static final EnumSignal<Readiness> READINESS = new EnumSignal<>(DescriptorFields.READINESS);
    public static final EnumSignal<SuicideRisk> SUICIDE_RISK = new EnumSignal<>(DescriptorFields.SUICIDE_RISK);
    public static final EnumSignal<OrsTrend> ORS_TREND = new EnumSignal<>(DescriptorFields.ORS_TREND);

    public static final FlagSignal CULTURAL_FACTORS = new FlagSignal(DescriptorFields.CULTURAL_FACTORS);
    public static final FlagSignal RETURNING = new FlagSignal(DescriptorFields.RETURNING);

    public static final NumberSignal SRS_TOTAL = new NumberSignal(DescriptorFields.SRS_TOTAL);
    public static final NumberSignal SESSIONS_COMPLETED = new NumberSignal(DescriptorFields.SESSIONS_COMPLETED);
    public static final NumberSignal WEEKS_WITHOUT_PROGRESS = new NumberSignal(DescriptorFields.WEEKS_WITHOUT_PROGRESS);
    public static final NumberSignal PHQ9_TOTAL = new NumberSignal(DescriptorFields.PHQ9_TOTAL);
    public static final NumberSignal PHQ9_ITEM9 = new NumberSignal(DescriptorFields.PHQ9_ITEM9);
    public static final NumberSignal GAD7_TOTAL = new NumberSignal(DescriptorFields.GAD7_TOTAL);
    public static final NumberSignal PCL5_TOTAL = new NumberSignal(DescriptorFields.PCL5_TOTAL);

    private Signals() {
    }
}
