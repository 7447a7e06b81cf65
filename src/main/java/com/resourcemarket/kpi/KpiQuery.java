package com.resourcemarket.kpi;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The reporting period: demands submitted from {@code from} to {@code to}, both days inclusive, in Asia/Shanghai. */
public class KpiQuery {

    static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";

    @QueryParam("from")
    @Pattern(regexp = DATE, message = "must be a date yyyy-MM-dd")
    @Parameter(description = "First day of the period (default: the first day of the current month, Asia/Shanghai)",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = DATE))
    public String from;

    @QueryParam("to")
    @Pattern(regexp = DATE, message = "must be a date yyyy-MM-dd")
    @Parameter(description = "Last day of the period, inclusive (default: the last day of from's month; at most 731 days after from)",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = DATE))
    public String to;
}
