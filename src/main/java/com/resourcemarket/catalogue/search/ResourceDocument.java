package com.resourcemarket.catalogue.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the index knows about one resource: a flat snapshot built by the catalogue from its entities.
 *
 * @param channel      ONLINE or OFFLINE
 * @param grade        CORE, IMPORTANT, BASIC, or null when not graded yet
 * @param status       DRAFT, SUBMITTED, ACTIVE, REJECTED, SUSPENDED, RECTIFICATION or EXITED
 * @param regionCodes  already expanded by the caller (the resource's own code and every enclosing region,
 *                     e.g. "310000", "EAST_CHINA", "CN"), so a filter on any level is a plain term match
 * @param declaredRegionCodes the codes as the resource declares them (not expanded): a resource declared for a
 *                     province or the whole country also covers a demand for one of its cities
 * @param availableFrom null means "since always"; {@code availableTo} null means "open-ended"
 * @param updatedAt    the row's last change; the index's watermark is the newest of these it has indexed
 */
public record ResourceDocument(UUID id, String channel, String categoryCode, String typeCode, String grade,
                               String status, UUID ownerPartnerId, List<String> regionCodes, List<String> declaredRegionCodes,
                               Double latitude, Double longitude, String nameZh, String nameEn, String description,
                               List<TagValue> tags, BigDecimal capacityAmount, String capacityUnit,
                               BigDecimal priceAmount, String priceCurrency, LocalDate availableFrom,
                               LocalDate availableTo, BigDecimal evaluationScore, Instant updatedAt) {

    public ResourceDocument {
        Objects.requireNonNull(id, "id");
        regionCodes = regionCodes == null ? List.of() : List.copyOf(regionCodes);
        declaredRegionCodes = declaredRegionCodes == null ? List.of() : List.copyOf(declaredRegionCodes);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** True when both coordinates are present and on the globe (the geo filter and distance need both). */
    public boolean hasLocation() {
        return latitude != null && longitude != null
                && latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
    }

    /** The version the index records for a resource changed at {@code updatedAt} (reconciliation compares these). */
    public static long versionOf(Instant updatedAt) {
        return (updatedAt == null ? Instant.EPOCH : updatedAt).toEpochMilli();
    }
}
