package com.resourcemarket.cooperation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Status of a cooperation (合作流程): PROPOSED → ACCEPTED → NEGOTIATING → SIGNED → EXECUTING → REVIEWED → CLOSED;
 * DECLINED (by the resource owner, from PROPOSED) or CANCELLED (either party or a manager) with a reason at any open
 * step before the work is done. CLOSED, DECLINED and CANCELLED are final.
 */
public enum CooperationStatus {
    PROPOSED, ACCEPTED, NEGOTIATING, SIGNED, EXECUTING, REVIEWED, CLOSED, DECLINED, CANCELLED;

    private static final Map<CooperationStatus, Set<CooperationStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(ACCEPTED, DECLINED, CANCELLED),
            ACCEPTED, EnumSet.of(NEGOTIATING, CANCELLED),
            NEGOTIATING, EnumSet.of(SIGNED, CANCELLED),
            SIGNED, EnumSet.of(EXECUTING, CANCELLED),
            EXECUTING, EnumSet.of(REVIEWED, CANCELLED),
            REVIEWED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CooperationStatus.class),
            DECLINED, EnumSet.noneOf(CooperationStatus.class),
            CANCELLED, EnumSet.noneOf(CooperationStatus.class));

    public boolean allows(CooperationStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isOpen() {
        return !NEXT.get(this).isEmpty();
    }

    /** From SIGNED on (and not abandoned before it) the parties see each other's contact data. */
    public boolean isSignedOrLater() {
        return this == SIGNED || this == EXECUTING || this == REVIEWED || this == CLOSED;
    }
}
