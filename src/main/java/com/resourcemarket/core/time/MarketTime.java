package com.resourcemarket.core.time;

import java.time.ZoneId;

/** The market's civil time: periods, months, working days and deadlines are all counted in China Standard Time. */
public final class MarketTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private MarketTime() {
    }
}
