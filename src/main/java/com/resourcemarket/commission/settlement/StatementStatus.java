package com.resourcemarket.commission.settlement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DRAFT → APPROVED (finance; four-eyes) → PAID (payout reference); DRAFT/APPROVED → DISPUTED (partner) → DRAFT (finance). */
@Schema(name = "CommissionStatementStatus", description = "DRAFT → APPROVED → PAID; DRAFT or APPROVED → DISPUTED (by the partner) "
        + "→ DRAFT (resolved by finance)")
public enum StatementStatus {
    DRAFT, APPROVED, PAID, DISPUTED
}
