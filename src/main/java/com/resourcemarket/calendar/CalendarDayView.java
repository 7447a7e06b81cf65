package com.resourcemarket.calendar;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CalendarDay", description = """
        An exception to the Monday–Friday rule: a public holiday (法定节假日) or a make-up working day (调休上班)""")
public record CalendarDayView(
        @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, examples = "2026-10-01") LocalDate date,
        @Schema(description = "HOLIDAY: not a working day; MAKEUP_WORKDAY: a weekend day that is worked",
                examples = "HOLIDAY") DayKind kind,
        @Schema(maxLength = 100, pattern = "^[^\\u0000]*$", examples = "国庆节") String nameZh,
        @Schema(maxLength = 200, pattern = "^[^\\u0000]*$", examples = "National Day") String nameEn,
        @Schema(description = "Whether the day is a working day", examples = "false") boolean workingDay,
        @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "0") long version) {

    static CalendarDayView of(CalendarDay day) {
        return new CalendarDayView(day.day, day.kind, day.nameZh, day.nameEn, day.kind == DayKind.MAKEUP_WORKDAY,
                day.version);
    }
}
