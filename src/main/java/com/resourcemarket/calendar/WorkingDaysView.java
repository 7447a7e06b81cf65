package com.resourcemarket.calendar;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "WorkingDays", description = "Working days strictly after from, up to and including to")
public record WorkingDaysView(
        @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, examples = "2026-09-30") LocalDate from,
        @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, examples = "2026-10-12") LocalDate to,
        @Schema(description = "Count of working days in (from, to]: from Monday to Tuesday is 1, a day to itself 0",
                format = "int64", minimum = "0", maximum = "40000", examples = "4") long workingDays) {
}
