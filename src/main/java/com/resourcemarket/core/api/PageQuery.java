package com.resourcemarket.core.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Offset paging parameters. Kept as text and validated (Hibernate Validator reads numbers in strings), so
 * {@code limit=abc} is a 400 naming {@code limit} rather than JAX-RS's 404 for unparsable parameters.
 */
public class PageQuery {

    @QueryParam("offset")
    @DefaultValue("0")
    @WholeNumber
    @Min(0)
    @Max(1_000_000)
    @Parameter(description = "How many items to skip",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000"))
    public String offset;

    @QueryParam("limit")
    @DefaultValue("50")
    @WholeNumber
    @Min(1)
    @Max(200)
    @Parameter(description = "Page size",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200"))
    public String limit;

    public int offset() {
        return Integer.parseInt(offset.trim());
    }

    public int limit() {
        return Integer.parseInt(limit.trim());
    }
}
