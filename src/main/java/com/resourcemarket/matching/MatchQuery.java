package com.resourcemarket.matching;

import com.resourcemarket.core.api.WholeNumber;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** How many stored results to show (kept as text and validated, so a bad value is a 400 naming the parameter). */
public class MatchQuery {

    public static final int MAX = 50;

    @QueryParam("topN")
    @DefaultValue("20")
    @WholeNumber
    @Min(1)
    @Max(MAX)
    @Parameter(description = "How many of the stored results to show, best first (1-50; a run stores the best 50)",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "50"))
    public String topN;

    public int topN() {
        return Integer.parseInt(topN.trim());
    }
}
