package org.impasseadvisor.catalog;

import static org.impasseadvisor.engine.Conditions.atLeast;
import static org.impasseadvisor.engine.Conditions.atMost;
import static org.impasseadvisor.engine.Conditions.hasRootCause;
import static org.impasseadvisor.engine.Conditions.isOneOf;

import org.impasseadvisor.descriptor.Attendance;
import org.impasseadvisor.descriptor.OrsTrend;
import org.impasseadvisor.descriptor.RootCause;
import org.impasseadvisor.descriptor.SuicideRisk;
import org.impasseadvisor.engine.Condition;
import org.impasseadvisor.engine.Signals;

/** Conditions with a clinical meaning that several sections of the catalog share. */
final class ClinicalSignals {

    /** Imminent risk: act now; no impasse work while it stands. */
    static final Condition IMMINENT_SUICIDE_RISK = isOneOf(Signals.SUICIDE_RISK, SuicideRisk.IMMINENT);

    /** High risk (intent, plan or recent behaviour): safety precautions before impasse work. */
    static final Condition HIGH_SUICIDE_RISK = isOneOf(Signals.SUICIDE_RISK, SuicideRisk.HIGH);

    /** High or imminent risk: the states in which every unsafe strategy is withheld. */
    static final Condition HIGH_OR_IMMINENT_SUICIDE_RISK = isOneOf(Signals.SUICIDE_RISK, SuicideRisk.HIGH,
            SuicideRisk.IMMINENT);

    /** Ideation without intent or plan: a safety plan and monitoring, while treatment goes on. */
    static final Condition MODERATE_SUICIDE_RISK = isOneOf(Signals.SUICIDE_RISK, SuicideRisk.MODERATE);

    /** Any answer other than "not at all" to PHQ-9 item 9 warrants a C-SSRS, whatever risk is recorded. */
    static final Condition PHQ9_ITEM9_POSITIVE = atLeast(Signals.PHQ9_ITEM9, 1);

    /** The therapist does not feel safe with the client. */
    static final Condition THERAPIST_UNSAFE = hasRootCause(RootCause.THERAPIST_SAFETY_CONCERN);

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
