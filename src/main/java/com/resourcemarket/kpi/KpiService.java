package com.resourcemarket.kpi;

import com.resourcemarket.calendar.WorkingDayCalendar;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.time.MarketTime;
import com.resourcemarket.kpi.KpiDtos.Accuracy;
import com.resourcemarket.kpi.KpiDtos.AccuracyReport;
import com.resourcemarket.kpi.KpiDtos.Cycle;
import com.resourcemarket.kpi.KpiDtos.CycleReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The two KPIs of DOMAIN.md over a cohort: the demands <em>submitted</em> in the period (created in [from, to],
 * days in Asia/Shanghai), whatever happened to them afterwards.
 * <ul>
 *   <li>match accuracy = cohort demands with a cooperation that reached SIGNED (at any time up to now, even if later
 *       cancelled) / cohort demands × 100, 2 decimals HALF_UP; target ≥ 85%;</li>
 *   <li>docking cycle = mean over the signed cohort demands of the working days from submission to the first signing
 *       ({@link WorkingDayCalendar#workingDaysBetween(Instant, Instant)}: working days after the submission day up to
 *       and including the signing day, on the holiday calendar), 2 decimals HALF_UP; target ≤ 7.</li>
 * </ul>
 * Both overall, per demand category and per assigned docking manager ({@value #UNASSIGNED} when none).
 */
@ApplicationScoped
public class KpiService {

    public static final String ALL = "all";
    public static final String UNASSIGNED = "unassigned";
    static final BigDecimal ACCURACY_TARGET = new BigDecimal("85.00");
    static final BigDecimal CYCLE_TARGET = new BigDecimal("7");
    private static final int MAX_DAYS = 731;

    @Inject
    EntityManager em;

    @Inject
    WorkingDayCalendar calendar;

    /** One demand of the cohort: its category, manager, submission and first signing (null if never signed). */
    record Row(String category, String manager, Instant submittedAt, Instant firstSignedAt) {
    }

    /** A validated period. */
    record Period(LocalDate from, LocalDate to) {
    }

    static Period period(String fromText, String toText) {
        LocalDate from = fromText == null ? LocalDate.now(MarketTime.ZONE).withDayOfMonth(1) : date("from", fromText);
        LocalDate to = toText == null ? from.with(TemporalAdjusters.lastDayOfMonth()) : date("to", toText);
        if (to.isBefore(from)) {
            throw Problems.invalidParameterCode("query", "to", "period.to-before-from", from);
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw Problems.invalidParameterCode("query", "to", "period.too-long-days", MAX_DAYS);
        }
        return new Period(from, to);
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Problems.invalidParameterCode("query", name, "period.not-a-date", text);
        }
    }

    @Transactional
    public AccuracyReport matchAccuracy(String from, String to) {
        Period period = period(from, to);
        List<Row> rows = cohort(period);
        return new AccuracyReport(period.from(), period.to(), ACCURACY_TARGET, accuracy(ALL, rows),
                grouped(rows, Row::category, KpiService::accuracy), grouped(rows, KpiService::manager, KpiService::accuracy));
    }

    @Transactional
    public CycleReport dockingCycle(String from, String to) {
        Period period = period(from, to);
        List<Row> rows = cohort(period);
        return new CycleReport(period.from(), period.to(), CYCLE_TARGET, cycle(ALL, rows),
                grouped(rows, Row::category, this::cycle), grouped(rows, KpiService::manager, this::cycle));
    }

    private List<Row> cohort(Period period) {
        Instant start = period.from().atStartOfDay(MarketTime.ZONE).toInstant();
        Instant end = period.to().plusDays(1).atStartOfDay(MarketTime.ZONE).toInstant();
        return em.createQuery("select d.categoryCode, d.assignedManager, d.createdAt, "
                        + "(select min(c.signedAt) from Cooperation c where c.demandId = d.id) "
                        + "from Demand d where d.createdAt >= :start and d.createdAt < :end", Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList().stream()
                .map(r -> new Row((String) r[0], (String) r[1], (Instant) r[2], (Instant) r[3]))
                .toList();
    }

    private static String manager(Row row) {
        return row.manager() == null ? UNASSIGNED : row.manager();
    }

    private static <T> List<T> grouped(List<Row> rows, Function<Row, String> key, java.util.function.BiFunction<String, List<Row>, T> figure) {
        Map<String, List<Row>> groups = new TreeMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        List<T> out = new ArrayList<>();
        groups.forEach((group, members) -> out.add(figure.apply(group, members)));
        return out;
    }

    private static Accuracy accuracy(String group, List<Row> rows) {
        long submitted = rows.size();
        long signed = rows.stream().filter(r -> r.firstSignedAt() != null).count();
        if (submitted == 0) {
            return new Accuracy(group, 0, 0, null, null);
        }
        BigDecimal percent = BigDecimal.valueOf(signed * 100).divide(BigDecimal.valueOf(submitted), 2, RoundingMode.HALF_UP);
        return new Accuracy(group, submitted, signed, percent, percent.compareTo(ACCURACY_TARGET) >= 0);
    }

    private Cycle cycle(String group, List<Row> rows) {
        long signed = 0;
        long days = 0;
        for (Row row : rows) {
            if (row.firstSignedAt() != null && !row.firstSignedAt().isBefore(row.submittedAt())) {
                signed++;
                days += calendar.workingDaysBetween(row.submittedAt(), row.firstSignedAt(), MarketTime.ZONE);
            }
        }
        if (signed == 0) {
            return new Cycle(group, 0, null, null);
        }
        BigDecimal mean = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(signed), 2, RoundingMode.HALF_UP);
        return new Cycle(group, signed, mean, mean.compareTo(CYCLE_TARGET) <= 0);
    }
}
