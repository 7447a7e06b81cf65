package com.resourcemarket.kpi;

import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.time.MarketTime;
import com.resourcemarket.kpi.KpiDtos.GrowthMonth;
import com.resourcemarket.kpi.KpiDtos.GrowthReport;
import com.resourcemarket.kpi.KpiDtos.GrowthSeries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalogue growth (资源库增长) against DOMAIN.md's targets — the catalogue grows ≥ 30 % a year and gains ≥ 20 new
 * quality resources a month — computed from the lifecycle history the catalogue records
 * ({@code resource_lifecycle_events}), months in {@link MarketTime#ZONE}:
 * <ul>
 *   <li><b>new</b>: a resource's <em>first</em> APPROVE (SUBMITTED → ACTIVE) falls in the month; approving it again
 *       after an owner's edit sent it back to review does not count again;</li>
 *   <li><b>quality</b>: a new resource whose grade is CORE or IMPORTANT (DOMAIN.md's 核心/重要 resources, as opposed to
 *       replaceable BASIC ones), by its current grade — resources are usually graded days after their approval, so a
 *       past month's figure can still rise when they are;</li>
 *   <li><b>exited</b>: the resource's EXIT (RECTIFICATION → EXITED, the only way out of the catalogue) falls in the month;</li>
 *   <li><b>net active</b> at a month's end: resources approved by then and not exited by then, so that
 *       {@code net(m) = net(m − 1) + new(m) − exited(m)}; a suspended, in-rectification or re-reviewed resource is
 *       still part of the catalogue;</li>
 *   <li>growth: month over month and year over year on net active; the period's growth and its annualised rate
 *       ({@code (end / start)^(12 / months) − 1}) against 30 %.</li>
 * </ul>
 * Per channel by the resource's current channel. The database aggregates: one grouped query for first approvals and
 * one for exits, each bucketed by month boundaries computed here in market time (no time-zone tables needed in SQL);
 * only the counts per month and channel come back.
 */
@ApplicationScoped
public class CatalogueGrowthService {

    public static final String ALL = "all";
    public static final List<String> CHANNELS = List.of("ONLINE", "OFFLINE");
    public static final List<String> QUALITY_GRADES = List.of("CORE", "IMPORTANT");
    static final BigDecimal ANNUAL_TARGET = new BigDecimal("30");
    static final BigDecimal MONTHLY_TARGET = BigDecimal.valueOf((Math.pow(1.30, 1.0 / 12) - 1) * 100).setScale(2, RoundingMode.HALF_UP);
    static final int QUALITY_TARGET = 20;
    static final int MAX_MONTHS = 60;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CAP = new BigDecimal("1000000000");

    @Inject
    EntityManager em;

    /** A validated period of whole months. */
    record Months(YearMonth from, YearMonth to) {
        int count() {
            return (int) ChronoUnit.MONTHS.between(from, to) + 1;
        }
    }

    /** Counts of one bucket (index 0: everything before the first month) for one channel. */
    private static final class Flows {
        final long[] added;
        final long[] quality;
        final long[] exited;

        Flows(int buckets) {
            added = new long[buckets];
            quality = new long[buckets];
            exited = new long[buckets];
        }
    }

    static Months months(String fromText, String toText) {
        YearMonth from = fromText == null ? null : month("from", fromText);
        YearMonth to = toText != null ? month("to", toText)
                : from != null ? from.plusMonths(11) : YearMonth.now(MarketTime.ZONE);
        if (from == null) {
            from = to.minusMonths(11);
        }
        if (to.isBefore(from)) {
            throw Problems.invalidParameterCode("query", "to", "period.to-before-from", from);
        }
        if (ChronoUnit.MONTHS.between(from, to) + 1 > MAX_MONTHS) {
            throw Problems.invalidParameterCode("query", "to", "period.too-long-months", MAX_MONTHS);
        }
        return new Months(from, to);
    }

    private static YearMonth month(String name, String text) {
        try {
            return text.length() == 7 ? YearMonth.parse(text) : YearMonth.from(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw Problems.invalidParameterCode("query", name, "period.not-a-month", text);
        }
    }

    @Transactional
    public GrowthReport growth(String fromText, String toText) {
        Months period = months(fromText, toText);
        // Buckets: 0 = before the first month counted, then one per month from 11 months before `from` (for the
        // year-over-year figure of `from`) to `to`.
        YearMonth first = period.from().minusMonths(11);
        int monthCount = (int) ChronoUnit.MONTHS.between(first, period.to()) + 1;
        List<Instant> bounds = new ArrayList<>();
        for (int i = 0; i <= monthCount; i++) {
            bounds.add(first.plusMonths(i).atDay(1).atStartOfDay(MarketTime.ZONE).toInstant());
        }
        Map<String, Flows> byChannel = new LinkedHashMap<>();
        for (String channel : CHANNELS) {
            byChannel.put(channel, new Flows(monthCount + 1));
        }
        count("APPROVE", bounds, byChannel, true);
        count("EXIT", bounds, byChannel, false);
        Flows all = new Flows(monthCount + 1);
        for (Flows flows : byChannel.values()) {
            for (int b = 0; b <= monthCount; b++) {
                all.added[b] += flows.added[b];
                all.quality[b] += flows.quality[b];
                all.exited[b] += flows.exited[b];
            }
        }
        List<GrowthSeries> channels = new ArrayList<>();
        byChannel.forEach((channel, flows) -> channels.add(series(channel, flows, first, period, false)));
        return new GrowthReport(period.from().toString(), period.to().toString(), ANNUAL_TARGET, MONTHLY_TARGET,
                QUALITY_TARGET, QUALITY_GRADES, series(ALL, all, first, period, true), channels);
    }

    /**
     * Per bucket and channel: resources whose first {@code action} event falls in the bucket (and, for approvals,
     * how many of them are graded CORE or IMPORTANT). One grouped query.
     */
    private void count(String action, List<Instant> bounds, Map<String, Flows> byChannel, boolean approvals) {
        StringBuilder bucket = new StringBuilder("CASE");
        for (int i = 0; i < bounds.size(); i++) {
            bucket.append(" WHEN f.first_at < :b").append(i).append(" THEN ").append(i);
        }
        bucket.append(" END");
        String sql = "SELECT " + bucket + " AS bucket, r.channel, COUNT(*) AS n, "
                + "SUM(CASE WHEN r.grade IN ('CORE', 'IMPORTANT') THEN 1 ELSE 0 END) AS q "
                + "FROM (SELECT e.resource_id, MIN(e.occurred_at) AS first_at FROM resource_lifecycle_events e "
                + "WHERE e.action = :action GROUP BY e.resource_id) f "
                + "JOIN resources r ON r.id = f.resource_id "
                + "WHERE f.first_at < :b" + (bounds.size() - 1) + " "
                + "GROUP BY bucket, r.channel";
        Query query = em.createNativeQuery(sql).setParameter("action", action);
        for (int i = 0; i < bounds.size(); i++) {
            query.setParameter("b" + i, bounds.get(i));
        }
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            Flows flows = byChannel.get(String.valueOf(cells[1]));
            if (flows == null) {
                continue; // a channel the taxonomy does not know (none today)
            }
            int b = ((Number) cells[0]).intValue();
            long n = ((Number) cells[2]).longValue();
            if (approvals) {
                flows.added[b] += n;
                flows.quality[b] += cells[3] == null ? 0 : ((Number) cells[3]).longValue();
            } else {
                flows.exited[b] += n;
            }
        }
    }

    private static GrowthSeries series(String group, Flows flows, YearMonth first, Months period, boolean overall) {
        int buckets = flows.added.length;
        long[] net = new long[buckets];
        long running = 0;
        for (int b = 0; b < buckets; b++) {
            running += flows.added[b] - flows.exited[b];
            net[b] = running;
        }
        int offset = (int) ChronoUnit.MONTHS.between(first, period.from()) + 1; // bucket of `from`
        List<GrowthMonth> months = new ArrayList<>();
        long added = 0;
        long quality = 0;
        long exited = 0;
        for (int b = offset; b < buckets; b++) {
            YearMonth month = first.plusMonths(b - 1L);
            BigDecimal mom = percent(net[b], net[b - 1]);
            BigDecimal yoy = percent(net[b], net[b - 12]);
            months.add(new GrowthMonth(month.toString(), flows.added[b], flows.quality[b], flows.exited[b], net[b], mom, yoy,
                    yoy == null ? null : yoy.compareTo(ANNUAL_TARGET) >= 0,
                    overall ? flows.quality[b] >= QUALITY_TARGET : null));
            added += flows.added[b];
            quality += flows.quality[b];
            exited += flows.exited[b];
        }
        long start = net[offset - 1];
        long end = net[buckets - 1];
        BigDecimal growth = percent(end, start);
        BigDecimal annualised = null;
        if (start > 0) {
            double rate = (Math.pow((double) end / start, 12.0 / period.count()) - 1) * 100;
            annualised = BigDecimal.valueOf(rate).setScale(2, RoundingMode.HALF_UP).min(CAP);
        }
        BigDecimal average = BigDecimal.valueOf(quality).divide(BigDecimal.valueOf(period.count()), 2, RoundingMode.HALF_UP);
        return new GrowthSeries(group, start, end, added, quality, exited, growth, annualised,
                annualised == null ? null : annualised.compareTo(ANNUAL_TARGET) >= 0, average,
                overall ? average.compareTo(BigDecimal.valueOf(QUALITY_TARGET)) >= 0 : null, months);
    }

    /** (now − before) / before × 100, 2 decimals HALF_UP; null when before is 0. */
    private static BigDecimal percent(long now, long before) {
        if (before <= 0) {
            return null;
        }
        return BigDecimal.valueOf(now - before).multiply(HUNDRED).divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP).min(CAP);
    }
}
