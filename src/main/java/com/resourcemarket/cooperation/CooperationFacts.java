package com.resourcemarket.cooperation;

import java.time.Instant;
import java.util.UUID;

/**
 * What other features (commission, KPIs) may know about a cooperation, without touching its entity.
 *
 * @param endDate        the signed terms' last day (market time), null before signing
 * @param closedAt       when it was closed, cancelled or declined; null while open
 * @param ownerPartnerId the resource owner: the contributing partner whose attributed orders earn commission
 */
public record CooperationFacts(
        UUID id,
        UUID demandId,
        UUID resourceId,
        UUID demanderPartnerId,
        UUID ownerPartnerId,
        String categoryCode,
        CooperationStatus status,
        UUID commissionPlanId,
        Instant signedAt,
        java.time.LocalDate endDate,
        Instant closedAt) {

    public boolean involves(UUID partnerId) {
        return partnerId != null && (partnerId.equals(demanderPartnerId) || partnerId.equals(ownerPartnerId));
    }
}
