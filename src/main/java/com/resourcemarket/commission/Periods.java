package com.resourcemarket.commission;

import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.time.MarketTime;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Settlement periods: calendar months in market time (Asia/Shanghai), written yyyy-MM, stored as yyyymm. */
public final class Periods {

    public static final String PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    private Periods() {
    }

    /**
     * Plain-JDBC timestamps are written and read in UTC, exactly as Hibernate does with
     * {@code quarkus.hibernate-orm.jdbc.timezone=UTC}, whatever the JVM's or the connection's time zone.
     */
    public static java.util.Calendar utc() {
        return java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
    }

    public static int of(Instant instant) {
        YearMonth month = YearMonth.from(instant.atZone(MarketTime.ZONE));
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static YearMonth month(int key) {
        return YearMonth.of(key / 100, key % 100);
    }

    public static String text(int key) {
        return month(key).toString();
    }

    /** Parses {@code yyyy-MM}; a 400 naming the parameter otherwise. */
    public static YearMonth parse(String in, String name, String value) {
        if (value == null || !value.matches(PATTERN)) {
            throw Problems.invalidParameterCode(in, name, "commission.period.format");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalidParameterCode(in, name, "commission.period.format");
        }
    }

    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(MarketTime.ZONE).toInstant();
    }

    public static Instant end(YearMonth month) {
        return start(month.plusMonths(1));
    }
}
