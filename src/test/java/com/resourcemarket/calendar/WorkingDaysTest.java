package com.resourcemarket.calendar;

import com.resourcemarket.core.time.MarketTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The working-day arithmetic on a fixture of China's 2026 holidays (as in migration V32), no database. */
class WorkingDaysTest {

    private static final WorkingDays CHINA_2026 = new WorkingDays(fixture2026());

    private static Map<LocalDate, DayKind> fixture2026() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        holidays(days, "2026-01-01", "2026-01-03");
        days.put(d("2026-01-04"), DayKind.MAKEUP_WORKDAY);
        holidays(days, "2026-02-15", "2026-02-23");
        days.put(d("2026-02-14"), DayKind.MAKEUP_WORKDAY);
        days.put(d("2026-02-28"), DayKind.MAKEUP_WORKDAY);
        holidays(days, "2026-04-04", "2026-04-06");
        holidays(days, "2026-05-01", "2026-05-05");
        days.put(d("2026-05-09"), DayKind.MAKEUP_WORKDAY);
        holidays(days, "2026-06-19", "2026-06-21");
        holidays(days, "2026-09-25", "2026-09-27");
        holidays(days, "2026-10-01", "2026-10-07");
        days.put(d("2026-09-20"), DayKind.MAKEUP_WORKDAY);
        days.put(d("2026-10-10"), DayKind.MAKEUP_WORKDAY);
        return days;
    }

    private static void holidays(Map<LocalDate, DayKind> days, String first, String last) {
        for (LocalDate day = d(first); !day.isAfter(d(last)); day = day.plusDays(1)) {
            days.put(day, DayKind.HOLIDAY);
        }
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static long between(String from, String to) {
        return CHINA_2026.between(d(from), d(to));
    }

    @Test
    void weekdaysWorkWeekendsDoNot() {
        assertThat(CHINA_2026.isWorkingDay(d("2026-03-09"))).as("Monday").isTrue();
        assertThat(CHINA_2026.isWorkingDay(d("2026-03-13"))).as("Friday").isTrue();
        assertThat(CHINA_2026.isWorkingDay(d("2026-03-14"))).as("Saturday").isFalse();
        assertThat(CHINA_2026.isWorkingDay(d("2026-03-15"))).as("Sunday").isFalse();
        assertThat(CHINA_2026.isWorkingDay(d("2026-10-01"))).as("National Day, a Thursday").isFalse();
        assertThat(CHINA_2026.isWorkingDay(d("2026-10-10"))).as("make-up Saturday").isTrue();
        assertThat(CHINA_2026.isWorkingDay(d("2026-09-20"))).as("make-up Sunday").isTrue();
        assertThat(CHINA_2026.isWorkingDay(d("2024-02-29"))).as("leap day, no entry: a Thursday").isTrue();
    }

    @Test
    void ordinarySpans() {
        assertThat(between("2026-03-09", "2026-03-10")).as("Monday to Tuesday").isEqualTo(1);
        assertThat(between("2026-03-09", "2026-03-09")).as("same day").isZero();
        assertThat(between("2026-03-14", "2026-03-14")).as("same weekend day").isZero();
        // Friday 6 Mar -> Monday 9 Mar: Sat 7 and Sun 8 do not count, Mon 9 does.
        assertThat(between("2026-03-06", "2026-03-09")).as("over a weekend").isEqualTo(1);
        assertThat(between("2026-03-06", "2026-03-08")).as("Friday to Sunday").isZero();
        assertThat(between("2026-03-09", "2026-03-16")).as("one week").isEqualTo(5);
    }

    @Test
    void acrossNationalDay2026() {
        // Submitted Wed 2026-09-30, signed Mon 2026-10-12. Days after the submission day:
        // Oct 1 Thu .. Oct 7 Wed  holidays (国庆)   0
        // Oct 8 Thu                working          1
        // Oct 9 Fri                working          2
        // Oct 10 Sat               make-up workday  3
        // Oct 11 Sun               weekend          3
        // Oct 12 Mon (signed)      working          4
        assertThat(between("2026-09-30", "2026-10-12")).isEqualTo(4);
        // Mid-Autumn Fri 25 - Sun 27 Sep, then make-up Sunday 20 Sep counts:
        // Thu 17 -> Mon 21: Fri 18 (1), Sat 19 no, Sun 20 make-up (2), Mon 21 (3).
        assertThat(between("2026-09-17", "2026-09-21")).isEqualTo(3);
        // Thu 24 -> Mon 28: Fri 25, Sat 26, Sun 27 holidays; Mon 28 (1).
        assertThat(between("2026-09-24", "2026-09-28")).isEqualTo(1);
    }

    @Test
    void acrossSpringFestival2026() {
        // Submitted Thu 2026-02-12, signed Fri 2026-02-27:
        // Fri 13 (1), Sat 14 make-up (2), Sun 15 .. Mon 23 holidays (春节), Tue 24 (3), Wed 25 (4), Thu 26 (5), Fri 27 (6).
        assertThat(between("2026-02-12", "2026-02-27")).isEqualTo(6);
        // ... and on to Mon 2 Mar: Sat 28 Feb make-up (7), Sun 1 Mar no, Mon 2 Mar (8).
        assertThat(between("2026-02-12", "2026-03-02")).isEqualTo(8);
        assertThat(between("2026-02-14", "2026-02-23")).as("a whole break counts nothing").isZero();
    }

    @Test
    void makeUpSaturdayCounts() {
        // Labour Day: Fri 1 - Tue 5 May holidays; Sat 9 May is worked.
        assertThat(between("2026-05-08", "2026-05-09")).as("Friday to make-up Saturday").isEqualTo(1);
        assertThat(between("2026-05-09", "2026-05-11")).as("make-up Saturday to Monday").isEqualTo(1);
        assertThat(between("2026-04-30", "2026-05-06")).as("Thu 30 Apr to Wed 6 May").isEqualTo(1);
    }

    @Test
    void acrossTheYearBoundary() {
        // Wed 2025-12-31 -> Mon 2026-01-05: Jan 1-3 holidays, Sun 4 Jan make-up (1), Mon 5 (2).
        assertThat(between("2025-12-31", "2026-01-05")).isEqualTo(2);
        // Two whole ordinary years without entries: 2027 has 261 weekdays, 2028 has 260.
        WorkingDays plain = new WorkingDays(Map.of());
        assertThat(plain.between(d("2026-12-31"), d("2028-12-31"))).isEqualTo(261 + 260);
    }

    @Test
    void negativeSpansAreRefused() {
        assertThatThrownBy(() -> between("2026-10-12", "2026-09-30")).isInstanceOf(IllegalArgumentException.class);
        Instant later = Instant.parse("2026-10-12T02:00:00Z");
        assertThatThrownBy(() -> CHINA_2026.between(later, later.minusSeconds(1), MarketTime.ZONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void instantsAreCountedInTheGivenZone() {
        // 23:30 on 30 Sep in Shanghai, 01:00 on 12 Oct in Shanghai (still Sunday 11 Oct in UTC).
        Instant submitted = Instant.parse("2026-09-30T15:30:00Z");
        Instant signed = Instant.parse("2026-10-11T17:00:00Z");
        assertThat(CHINA_2026.between(submitted, signed, MarketTime.ZONE)).isEqualTo(4);
        assertThat(CHINA_2026.between(submitted, signed, ZoneOffset.UTC)).isEqualTo(3);
        assertThat(CHINA_2026.between(submitted, submitted.plusSeconds(60), MarketTime.ZONE)).as("minutes apart").isZero();
    }

    @Test
    void addWorkingDays() {
        assertThat(CHINA_2026.plus(d("2026-09-30"), 0)).isEqualTo(d("2026-09-30"));
        assertThat(CHINA_2026.plus(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
        assertThat(CHINA_2026.plus(d("2026-09-30"), 3)).isEqualTo(d("2026-10-10"));
        assertThat(CHINA_2026.plus(d("2026-09-30"), 4)).isEqualTo(d("2026-10-12"));
        // The KPI's 7-working-day deadline for a demand submitted on 30 Sep: 8, 9, 10, 12, 13, 14, 15 Oct.
        assertThat(CHINA_2026.plus(d("2026-09-30"), 7)).isEqualTo(d("2026-10-15"));
        assertThat(CHINA_2026.plus(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
        assertThat(CHINA_2026.plus(d("2026-02-14"), 1)).isEqualTo(d("2026-02-24"));
        assertThat(CHINA_2026.plus(d("2026-03-06"), 1)).as("Friday + 1").isEqualTo(d("2026-03-09"));
        assertThat(CHINA_2026.plus(d("2026-03-07"), 1)).as("Saturday + 1").isEqualTo(d("2026-03-09"));
        assertThat(CHINA_2026.plus(d("2026-10-08"), -1)).isEqualTo(d("2026-09-30"));
        assertThat(CHINA_2026.plus(d("2026-10-08"), -2)).isEqualTo(d("2026-09-29"));
        assertThat(CHINA_2026.plus(d("2025-12-31"), 1)).as("into the next year").isEqualTo(d("2026-01-04"));
    }

    @Test
    void addingAndCountingAgree() {
        Random random = new Random(20260930);
        for (int i = 0; i < 5_000; i++) {
            LocalDate day = d("2025-06-01").plusDays(random.nextInt(700));
            int n = random.nextInt(40);
            LocalDate later = CHINA_2026.plus(day, n);
            assertThat(CHINA_2026.between(day, later)).as("%s + %d = %s", day, n, later).isEqualTo(n);
            if (n > 0) {
                assertThat(CHINA_2026.isWorkingDay(later)).isTrue();
                assertThat(CHINA_2026.plus(later, -n)).isBeforeOrEqualTo(day);
            }
        }
    }

    @Test
    void countsAgreeWithADayByDayWalk() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = d("2025-01-01").plusDays(random.nextInt(800));
            LocalDate to = from.plusDays(random.nextInt(400));
            long walked = 0;
            for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                if (CHINA_2026.isWorkingDay(day)) {
                    walked++;
                }
            }
            assertThat(CHINA_2026.between(from, to)).as("%s..%s", from, to).isEqualTo(walked);
        }
    }
}
