package com.resourcemarket.cooperation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step requested on a cooperation; PROPOSE is the creation itself (timeline only). */
@Schema(name = "CooperationAction", description = "A step of the cooperation workflow (see docs/cooperation.md for who may take it)")
public enum CooperationAction {
    PROPOSE(null),
    ACCEPT(CooperationStatus.ACCEPTED),
    DECLINE(CooperationStatus.DECLINED),
    START_NEGOTIATION(CooperationStatus.NEGOTIATING),
    SIGN(CooperationStatus.SIGNED),
    START_EXECUTION(CooperationStatus.EXECUTING),
    /** Stays EXECUTING until both sides reviewed, then REVIEWED. */
    REVIEW(CooperationStatus.REVIEWED),
    CLOSE(CooperationStatus.CLOSED),
    CANCEL(CooperationStatus.CANCELLED);

    private final CooperationStatus target;

    CooperationAction(CooperationStatus target) {
        this.target = target;
    }

    /** The status this step leads to (REVIEW: once both sides reviewed). */
    public CooperationStatus target() {
        return target;
    }
}
