package com.resourcemarket.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a partner can be notified of. */
@Schema(name = "EventType", description = "A kind of partner notification")
public enum EventType {
    /** A demand request was submitted. */
    DEMAND_SUBMITTED,
    /** The matching engine found a resource for the partner's demand (or a demand for its resource). */
    MATCH_FOUND,
    /** A cooperation moved to another state (negotiation, signing, execution, review). */
    COOPERATION_STATE_CHANGED,
    /** A catalogue resource of the partner changed status (admitted, rectification, exit). */
    RESOURCE_STATUS_CHANGED,
    /** A commission statement for the partner is ready. */
    COMMISSION_STATEMENT_READY
}
