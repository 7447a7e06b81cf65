package com.resourcemarket.commission.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a tier table applies: WHOLE (the reached tier's rate on the whole volume) or MARGINAL (bracket by bracket). */
@Schema(name = "CommissionTierMode", description = "WHOLE: the rate of the tier reached applies to the whole volume; "
        + "MARGINAL: each bracket of the volume earns its own rate, like tax brackets")
public enum TierMode {
    WHOLE, MARGINAL
}
