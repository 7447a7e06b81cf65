package com.resourcemarket.commission.settlement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** When a month may be settled (docs/commission.md, "Settlement window"). */
@ConfigMapping(prefix = "resource-market.commission.settlement")
public interface SettlementConfig {

    /**
     * How long after a month has ended (Asia/Shanghai) its settlement stays closed, so that late events and refunds
     * can still arrive; 7 days by default, like common partner-payout platforms keep.
     */
    @WithDefault("P7D")
    Duration reviewWindow();
}
