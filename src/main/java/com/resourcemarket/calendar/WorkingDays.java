package com.resourcemarket.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working-day arithmetic over one immutable set of calendar exceptions; pure (no database), safe to share
 * between threads.
 * <p>
 * A day is a <b>working day</b> when it is Monday–Friday and not a {@link DayKind#HOLIDAY}, or when it is a
 * {@link DayKind#MAKEUP_WORKDAY}. For each year asked about, a prefix table of working days by day of year is
 * built once (367 ints), so {@link #isWorkingDay} is O(1) and {@link #between} is O(1) within a year (plus one
 * step per year boundary crossed).
 */
public final class WorkingDays {

    private final Map<LocalDate, DayKind> exceptions;
    private final Map<Integer, int[]> prefixByYear = new ConcurrentHashMap<>();

    public WorkingDays(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        int[] prefix = prefix(day.getYear());
        int index = day.getDayOfYear();
        return prefix[index] != prefix[index - 1];
    }

    /**
     * The number of working days strictly after {@code start}'s day up to and including {@code end}'s day, both
     * taken in {@code zone}: the working days it took from submission to signing. Submitted Monday and signed
     * Tuesday (ordinary days) is 1; the same day is 0; submitted Friday and signed the next Monday is 1.
     *
     * @throws IllegalArgumentException when {@code end} is before {@code start}
     */
    public long between(Instant start, Instant end, ZoneId zone) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        return between(LocalDate.ofInstant(start, zone), LocalDate.ofInstant(end, zone));
    }

    /**
     * The number of working days in the half-open range ({@code from}, {@code to}]: strictly after {@code from},
     * up to and including {@code to}.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public long between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        int[] first = prefix(from.getYear());
        if (from.getYear() == to.getYear()) {
            return first[to.getDayOfYear()] - first[from.getDayOfYear()];
        }
        long count = first[first.length - 1] - first[from.getDayOfYear()];
        for (int year = from.getYear() + 1; year < to.getYear(); year++) {
            int[] whole = prefix(year);
            count += whole[whole.length - 1];
        }
        return count + prefix(to.getYear())[to.getDayOfYear()];
    }

    /**
     * The day {@code n} working days after {@code day} ({@code n > 0}: the n-th working day after it, so
     * {@code between(day, result) == n}), before it ({@code n < 0}: the |n|-th working day before it, so
     * {@code between(result, day) == |n|} when {@code day} is itself a working day), or {@code day} itself
     * ({@code n == 0}).
     */
    public LocalDate plus(LocalDate day, int n) {
        Objects.requireNonNull(day, "day");
        LocalDate current = day;
        int step = n >= 0 ? 1 : -1;
        for (int left = Math.abs(n); left > 0; ) {
            current = current.plusDays(step);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    /** prefix[i] = working days among days 1..i of the year; prefix[0] = 0; last index = length of the year. */
    private int[] prefix(int year) {
        return prefixByYear.computeIfAbsent(year, this::build);
    }

    private int[] build(int year) {
        int length = Year.of(year).length();
        int[] prefix = new int[length + 1];
        LocalDate day = LocalDate.ofYearDay(year, 1);
        for (int i = 1; i <= length; i++, day = day.plusDays(1)) {
            prefix[i] = prefix[i - 1] + (computeWorking(day) ? 1 : 0);
        }
        return prefix;
    }

    private boolean computeWorking(LocalDate day) {
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.MAKEUP_WORKDAY;
        }
        return !isWeekend(day);
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }
}
