package com.resourcemarket.calendar;

import com.resourcemarket.core.api.WholeNumber;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The year of the calendar listing; kept as text so a bad value is a 400 naming the parameter. */
public class CalendarDaysQuery {

    @QueryParam("year")
    @NotNull
    @WholeNumber
    @Min(CalendarDates.MIN_YEAR)
    @Max(CalendarDates.MAX_YEAR)
    @Parameter(description = "The year to list, e.g. 2026", required = true,
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"))
    public String year;

    int year() {
        return Integer.parseInt(year.trim());
    }
}
