package org.impasseadvisor.engine;

import org.impasseadvisor.descriptor.AgeGroup;
import org.impasseadvisor.descriptor.Attendance;
import org.impasseadvisor.descriptor.Concern;
import org.impasseadvisor.descriptor.OrsTrend;
import org.impasseadvisor.descriptor.Readiness;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.RuptureMarker;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.descriptor.Training;

/** Every descriptor field a condition can observe, named by its path in the JSON contract. */
public final class Signals {

    public static final SetSignal<RootCause> ROOT_CAUSES =
            new SetSignal<>("rootCauses", RootCause.class, d -> d.rootCauses());
    public static final SetSignal<Concern> CONCERNS =
            new SetSignal<>("concerns", Concern.class, d -> d.concerns());
    public static final SetSignal<RuptureMarker> RUPTURE_MARKERS =
            new SetSignal<>("alliance.ruptureMarkers", RuptureMarker.class, d -> d.alliance().ruptureMarkers());
    public static final SetSignal<Training> TRAINED_IN =
            new SetSignal<>("therapist.trainedIn", Training.class, d -> d.therapist().trainedIn());

    public static final EnumSignal<AgeGroup> AGE_GROUP =
            new EnumSignal<>("client.ageGroup", AgeGroup.class, d -> d.client().ageGroup());
    public static final EnumSignal<Attendance> ATTENDANCE =
            new EnumSignal<>("client.attendance", Attendance.class, d -> d.client().attendance());
    public static final EnumSignal<Readiness> READINESS =
            new EnumSignal<>("client.readiness", Readiness.class, d -> d.client().readiness());
    public static final EnumSignal<SuicideRisk> SUICIDE_RISK =
            new EnumSignal<>("client.suicideRisk", SuicideRisk.class, d -> d.client().suicideRisk());
    public static final EnumSignal<OrsTrend> ORS_TREND =
            new EnumSignal<>("progress.orsTrend", OrsTrend.class, d -> d.progress().orsTrend());

    public static final FlagSignal CULTURAL_FACTORS =
            new FlagSignal("client.culturalFactors", d -> d.client().culturalFactors());
    public static final FlagSignal RETURNING =
            new FlagSignal("client.returning", d -> d.client().returning());

    public static final NumberSignal SRS_TOTAL =
            new NumberSignal("alliance.srsTotal", d -> d.alliance().srsTotal());
    public static final NumberSignal SESSIONS_COMPLETED =
            new NumberSignal("progress.sessionsCompleted", d -> d.progress().sessionsCompleted());
    public static final NumberSignal WEEKS_WITHOUT_PROGRESS =
            new NumberSignal("progress.weeksWithoutProgress", d -> d.progress().weeksWithoutProgress());
    public static final NumberSignal PHQ9_TOTAL =
            new NumberSignal("measures.phq9Total", d -> d.measures().phq9Total());
    public static final NumberSignal PHQ9_ITEM9 =
            new NumberSignal("measures.phq9Item9", d -> d.measures().phq9Item9());
    public static final NumberSignal GAD7_TOTAL =
            new NumberSignal("measures.gad7Total", d -> d.measures().gad7Total());
    public static final NumberSignal PCL5_TOTAL =
            new NumberSignal("measures.pcl5Total", d -> d.measures().pcl5Total());

    private Signals() {
    }
}
