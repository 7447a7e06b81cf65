package com.resourcemarket.commission;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** Bodies shared by the commission sub-features. */
public final class CommissionDtos {

    public static final String TEXT = "^[^\\u0000]*$";
    public static final String CODE = "^[A-Z][A-Z0-9_]{1,63}$";

    private CommissionDtos() {
    }

    @Schema(name = "CommissionAuditEntry", description = "A change to a plan, rule set, type, hold or statement: who, when, "
            + "before and after (JSON text)")
    public record AuditView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(maxLength = 32, pattern = TEXT, examples = "STATEMENT") String entityType,
            @Schema(maxLength = 64, pattern = TEXT) String entityId,
            @Schema(maxLength = 32, pattern = TEXT, examples = "APPROVE") String action,
            @Schema(maxLength = 255, pattern = TEXT, examples = "finance2") String actor,
            @Schema(format = "date-time", maxLength = 40) Instant occurredAt,
            @Schema(maxLength = 16000000, pattern = TEXT) String before,
            @Schema(maxLength = 16000000, pattern = TEXT) String after) {
    }
}
