package com.resourcemarket.kpi;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The months of a catalogue growth report: {@code from} to {@code to}, both included, months in Asia/Shanghai. */
public class CatalogueGrowthQuery {

    static final String MONTH = "^\\d{4}-\\d{2}(-\\d{2})?$";

    @QueryParam("from")
    @Pattern(regexp = MONTH, message = "must be a month yyyy-MM or a date yyyy-MM-dd")
    @Parameter(description = "First month, yyyy-MM (a date yyyy-MM-dd stands for its month); default: 11 months before `to`",
            schema = @Schema(type = SchemaType.STRING, maxLength = 10, pattern = MONTH, examples = "2026-01"))
    public String from;

    @QueryParam("to")
    @Pattern(regexp = MONTH, message = "must be a month yyyy-MM or a date yyyy-MM-dd")
    @Parameter(description = "Last month, included (yyyy-MM or a date in it); default: the current month, or 11 months "
            + "after `from` when only `from` is given; at most 60 months in all",
            schema = @Schema(type = SchemaType.STRING, maxLength = 10, pattern = MONTH, examples = "2026-12"))
    public String to;
}
