package com.resourcemarket.commission.event;

import com.resourcemarket.commission.CommissionDtos;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Bodies of the attributed-event API. */
public final class EventDtos {

    public static final String EVENT_ID = "^[A-Za-z0-9_.:-]{1,64}$";
    public static final int MAX_BATCH = 1000;

    private EventDtos() {
    }

    @Schema(name = "AttributedEventInput", description = "A conversion attributed to a cooperation (a sale), or a refund of an "
            + "earlier sale of the same source (`refundOf` = that sale's eventId). Amounts are positive; a refund "
            + "subtracts. Idempotent per (source, eventId): the source is the partner the event is posted for.")
    public record EventInput(
            @NotBlank @Size(max = 64) @Pattern(regexp = EVENT_ID) @Schema(examples = "order-2026-03-000123") String eventId,
            @NotNull @Schema(format = "uuid", maxLength = 36) UUID cooperationId,
            @NotBlank @Size(max = 64) @Pattern(regexp = CommissionDtos.CODE) @Schema(examples = "ONLINE_PLATFORM_ORDER") String contributionType,
            @NotNull @DecimalMin(value = "0.01") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            @Schema(examples = "1299.00") BigDecimal amount,
            @NotBlank @Size(min = 3, max = 3) @Pattern(regexp = "^[A-Z]{3}$") @Schema(description = "ISO 4217; CNY is settled today",
                    examples = "CNY") String currency,
            @NotNull @Schema(format = "date-time", maxLength = 40, examples = "2026-03-14T10:15:30+08:00") Instant occurredAt,
            @Size(max = 64) @Pattern(regexp = EVENT_ID) @Schema(description = "For a refund: the eventId of the sale it refunds",
                    examples = "order-2026-02-000077") String refundOf,
            @Schema(format = "uuid", maxLength = 36, description = "Finance/admin only: the cooperation party the event is posted for "
                    + "(it becomes the source); partners post for themselves") UUID onBehalfOf) {

        /** Derived from refundOf: not a field of the request (the contract listed it, and sending it was refused). */
        @com.fasterxml.jackson.annotation.JsonIgnore
        @Schema(hidden = true)
        public boolean isRefund() {
            return refundOf != null;
        }
    }

    @Schema(name = "AttributedEventBatch", description = "Up to 1,000 events, accepted or refused together")
    public record BatchInput(
            @NotNull @Size(min = 1, max = MAX_BATCH) @Schema(minItems = 1, maxItems = MAX_BATCH) List<@Valid @NotNull EventInput> events) {
    }

    @Schema(name = "AttributedEventReceipt", description = "The stored event; `duplicate` when the same event had been received before")
    public record Receipt(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(maxLength = 64, pattern = EVENT_ID) String eventId,
            @Schema(maxLength = 64, pattern = CommissionDtos.TEXT) String source,
            @Schema(examples = "2026-03", maxLength = 7, pattern = "^[0-9]{4}-[0-9]{2}$") String period,
            boolean duplicate) {
    }

    @Schema(name = "AttributedEventBatchReceipt", description = "How many events were stored now and how many were repeats")
    public record BatchReceipt(
            @Schema(format = "int32", minimum = "0", maximum = "1000", examples = "998") int accepted,
            @Schema(format = "int32", minimum = "0", maximum = "1000") int duplicates,
            @Schema(type = SchemaType.ARRAY, maxItems = MAX_BATCH, implementation = DuplicateId.class) List<String> duplicateEventIds) {
    }

    /** Contract-only: an event id. */
    @Schema(name = "AttributedEventId", type = SchemaType.STRING, maxLength = 64, pattern = EVENT_ID)
    static final class DuplicateId {
        private DuplicateId() {
        }
    }
}
