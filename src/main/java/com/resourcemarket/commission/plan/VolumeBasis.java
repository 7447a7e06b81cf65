package com.resourcemarket.commission.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the tier thresholds measure: the period's net attributed GMV (CNY) or its number of orders. */
@Schema(name = "CommissionVolumeBasis", description = "GMV: thresholds in CNY of net attributed order amount; "
        + "ORDER_COUNT: thresholds in number of attributed orders (the commission is always a share of the GMV)")
public enum VolumeBasis {
    GMV, ORDER_COUNT
}
