package com.resourcemarket.calendar;

import com.resourcemarket.core.error.Problems;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Dates as the calendar API takes them: ISO {@code yyyy-MM-dd} within the years it serves. */
final class CalendarDates {

    static final String PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private CalendarDates() {
    }

    /**
     * The date in {@code text}, or a 400 naming the parameter.
     *
     * @param in   {@code query} or {@code path}
     * @param name the parameter's name
     */
    static LocalDate parse(String in, String name, String text) {
        if (text == null || !text.matches(PATTERN)) {
            throw Problems.invalidParameterCode(in, name, "calendar.date.format");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw Problems.invalidParameterCode(in, name, "calendar.date.invalid", text);
        }
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw Problems.invalidParameterCode(in, name, "calendar.date.year-range", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        return date;
    }
}
