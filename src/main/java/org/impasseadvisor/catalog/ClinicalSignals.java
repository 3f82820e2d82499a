package org.impasseadvisor.catalog;

import static org.impasseadvisor.engine.Conditions.atLeast;
import static org.impasseadvisor.engine.Conditions.atMost;
import static org.impasseadvisor.engine.Conditions.isOneOf;

import org.impasseadvisor.descriptor.Attendance;
import org.impasseadvisor.descriptor.OrsTrend;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.engine.Condition;
import org.impasseadvisor.engine.Signals;

/** Conditions with a clinical meaning that several sections of the catalog share. */
final class ClinicalSignals {

    /** A recorded suicide risk that needs safety precautions before anything else. */
    static final Condition HIGH_SUICIDE_RISK = isOneOf(Signals.SUICIDE_RISK, SuicideRisk.HIGH, SuicideRisk.IMMINENT);

    /** Any answer other than "not at all" to PHQ-9 item 9 warrants a C-SSRS. */
    static final Condition PHQ9_ITEM9_POSITIVE = atLeast(Signals.PHQ9_ITEM9, 1);

    /** An SRS total of 36 or less signals an alliance concern. */
    static final Condition SRS_ALLIANCE_CONCERN = atMost(Signals.SRS_TOTAL, 36);

    static final Condition ORS_DETERIORATING = isOneOf(Signals.ORS_TREND, OrsTrend.DETERIORATING);

    /** Not on track: outcome scores flat or falling. */
    static final Condition ORS_NOT_IMPROVING = isOneOf(Signals.ORS_TREND, OrsTrend.FLAT, OrsTrend.DETERIORATING);

    /** Attendance required by a court or an employer. */
    static final Condition MANDATED = isOneOf(Signals.ATTENDANCE, Attendance.COURT_ORDERED,
            Attendance.EMPLOYER_REQUIRED);

    private ClinicalSignals() {
    }
}
