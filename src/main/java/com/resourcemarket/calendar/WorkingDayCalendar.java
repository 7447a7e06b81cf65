package com.resourcemarket.calendar;

import com.resourcemarket.core.changestream.ChangeListener;
import com.resourcemarket.core.changestream.RowChange;

import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.ReferenceCache;
import com.resourcemarket.core.time.MarketTime;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * China's working-day calendar: weekends, public holidays and make-up working days (调休上班), for the KPI
 * "docking cycle ≤ 7 working days" (mean working days from demand submission to signing).
 * <p>
 * The exceptions live in table {@code calendar_days} and are edited through the API; they are read once into an
 * immutable {@link WorkingDays} (per-year prefix tables), so a query costs no database round trip. Every change
 * invalidates it, again after its transaction ends so no reader keeps what it saw before the commit.
 */
@ApplicationScoped
public class WorkingDayCalendar implements ChangeListener {

    /** An entry as saved, and whether it was new. */
    public record Saved(CalendarDayView day, boolean created) {
    }

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final ReferenceCache<WorkingDays> cache = new ReferenceCache<>(this::load);

    /** Monday–Friday and not a holiday, or a make-up working day. */
    public boolean isWorkingDay(LocalDate day) {
        return days().isWorkingDay(day);
    }

    /**
     * Working days from {@code start} to {@code end}: the count of working days strictly after the day of
     * {@code start} up to and including the day of {@code end}, days taken in {@code zone}. Submitted Monday and
     * signed Tuesday is 1, the same day 0, Friday to the next Monday 1.
     *
     * @throws IllegalArgumentException when {@code end} is before {@code start}
     */
    public long workingDaysBetween(Instant start, Instant end, ZoneId zone) {
        return days().between(start, end, zone);
    }

    /** {@link #workingDaysBetween(Instant, Instant, ZoneId)} in Asia/Shanghai. */
    public long workingDaysBetween(Instant start, Instant end) {
        return workingDaysBetween(start, end, MarketTime.ZONE);
    }

    /** Working days in ({@code from}, {@code to}]; see {@link WorkingDays#between(LocalDate, LocalDate)}. */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        return days().between(from, to);
    }

    /** The n-th working day after {@code day} (before it when n is negative; {@code day} itself when 0). */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        return days().plus(day, n);
    }

    /** The entries of one year, by date. */
    @Transactional
    public List<CalendarDayView> list(int year) {
        return CalendarDay.<CalendarDay>list("day >= ?1 and day < ?2 order by day",
                        LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .stream().map(CalendarDayView::of).toList();
    }

    /** The API's count between two dates it has validated; {@code to} before {@code from} is a 400 naming {@code to}. */
    public WorkingDaysView count(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw Problems.invalidParameterCode("query", "to", "period.to-before-from", from);
        }
        return new WorkingDaysView(from, to, workingDaysBetween(from, to));
    }

    /**
     * Makes {@code date} a holiday or a make-up working day. A make-up working day must be a Saturday or Sunday
     * (a weekday is a working day anyway). Changing an existing entry needs the version read (409 when stale);
     * adding one needs none.
     */
    @Transactional
    public Saved set(LocalDate date, SetCalendarDayRequest request) {
        if (request.kind() == DayKind.MAKEUP_WORKDAY && !WorkingDays.isWeekend(date)) {
            throw Problems.invalidFieldCode("kind", "calendar.makeup.weekday", date,
                    date.getDayOfWeek());
        }
        CalendarDay day = CalendarDay.findById(date);
        boolean created = day == null;
        if (created) {
            if (request.version() != null) {
                throw Problems.conflict("Calendar day " + date + " has no entry (deleted meanwhile?); "
                        + "leave version out to add it");
            }
            day = new CalendarDay();
            day.day = date;
        } else if (request.version() == null || request.version() != day.version) {
            throw Problems.staleVersion("Calendar day " + date, request.version() == null ? -1 : request.version(),
                    day.version);
        }
        day.kind = request.kind();
        day.nameZh = request.nameZh().strip();
        day.nameEn = request.nameEn().strip();
        if (created) {
            day.persist();
        }
        flush("Calendar day " + date, request.version() == null ? 0 : request.version());
        invalidate();
        return new Saved(CalendarDayView.of(day), created);
    }

    /** Removes the entry of {@code date}, which becomes an ordinary weekday or weekend day again. */
    @Transactional
    public void delete(LocalDate date) {
        CalendarDay day = CalendarDay.findById(date);
        if (day == null) {
            throw Problems.notFound("Calendar day", date);
        }
        day.delete();
        flush("Calendar day " + date, day.version);
        invalidate();
    }

    private WorkingDays days() {
        return cache.get();
    }

    private WorkingDays load() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<LocalDate, DayKind> exceptions = new HashMap<>();
            for (CalendarDay day : CalendarDay.<CalendarDay>listAll()) {
                exceptions.put(day.day, day.kind);
            }
            return new WorkingDays(exceptions);
        });
    }

    private void invalidate() {
        cache.invalidate(transactions);
    }

    @Override
    public Set<String> tables() {
        return Set.of("calendar_days");
    }

    /** A day changed on this or another instance: the next read loads the calendar again. */
    @Override
    public void apply(List<RowChange> changes) {
        cache.clear();
    }

    private static void flush(String what, long expectedVersion) {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw Problems.staleVersion(what, expectedVersion, expectedVersion + 1);
        } catch (PersistenceException e) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException
                    || e.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
                throw Problems.conflict(what + " was added by someone else at the same time; read it and retry");
            }
            throw e;
        }
    }
}
