package com.resourcemarket.demand;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Status of a demand request. SUBMITTED → MATCHED → IN_COOPERATION → FULFILLED; any open status may be CANCELLED
 * (by the owner or a manager, with a reason); SUBMITTED and MATCHED demands EXPIRE when their window ends (a
 * demand already in cooperation runs to its end). IN_COOPERATION goes back to MATCHED when every cooperation of the
 * demand was declined or cancelled (the cooperation feature decides). FULFILLED, CANCELLED and EXPIRED are final.
 */
public enum DemandStatus {
    SUBMITTED, MATCHED, IN_COOPERATION, FULFILLED, CANCELLED, EXPIRED;

    private static final Map<DemandStatus, Set<DemandStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(MATCHED, CANCELLED, EXPIRED),
            MATCHED, EnumSet.of(IN_COOPERATION, CANCELLED, EXPIRED),
            IN_COOPERATION, EnumSet.of(FULFILLED, MATCHED, CANCELLED),
            FULFILLED, EnumSet.noneOf(DemandStatus.class),
            CANCELLED, EnumSet.noneOf(DemandStatus.class),
            EXPIRED, EnumSet.noneOf(DemandStatus.class));

    /** Whether a demand in this status may move to {@code next}. */
    public boolean allows(DemandStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Not yet fulfilled, cancelled or expired. */
    public boolean isOpen() {
        return !NEXT.get(this).isEmpty();
    }
}
