package com.resourcemarket.calendar;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The span to count; kept as text so a bad value is a 400 naming the parameter. */
public class WorkingDaysQuery {

    @QueryParam("from")
    @NotNull
    @Pattern(regexp = CalendarDates.PATTERN, message = "must be a date yyyy-MM-dd")
    @Parameter(description = "First day of the span (e.g. the submission day); it is not counted", required = true,
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = CalendarDates.PATTERN))
    public String from;

    @QueryParam("to")
    @NotNull
    @Pattern(regexp = CalendarDates.PATTERN, message = "must be a date yyyy-MM-dd")
    @Parameter(description = "Last day of the span (e.g. the signing day), counted; not before from", required = true,
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = CalendarDates.PATTERN))
    public String to;
}
