package org.impasseadvisor.descriptor;

import java.util.Set;

/**
 * The state of the working alliance. Every field may be null: absent means unknown.
 *
 * @param srsTotal       latest Session Rating Scale total, 0 to 40
 * @param ruptureMarkers rupture markers observed; an empty set means none were observed
 */
public record Alliance(Double srsTotal, Set<RuptureMarker> ruptureMarkers) {

    public static final Range SRS_TOTAL = DescriptorFields.SRS_TOTAL.range();
    public static final Alliance UNKNOWN = new Alliance(null, null);

    public Alliance {
        SRS_TOTAL.check(srsTotal);
        ruptureMarkers = EnumSets.copyOrNull(ruptureMarkers, RuptureMarker.class, "alliance.ruptureMarkers");
    }
}
