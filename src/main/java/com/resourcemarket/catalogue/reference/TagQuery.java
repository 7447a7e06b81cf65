package com.resourcemarket.catalogue.reference;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the tag listing; kept as text so a bad value is a 400 naming the parameter. */
public class TagQuery {

    @QueryParam("dimension")
    @Pattern(regexp = "^(INDUSTRY|TYPE|ATTRIBUTE|VALUE)$", message = "must be INDUSTRY, TYPE, ATTRIBUTE or VALUE")
    @Parameter(description = "Only tags of this dimension",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"INDUSTRY", "TYPE", "ATTRIBUTE", "VALUE"}, maxLength = 9))
    public String dimension;

    @QueryParam("q")
    @Size(max = 64)
    @Pattern(regexp = "^[^\\u0000-\\u001f]*$", message = "must not contain control characters")
    @Parameter(description = """
            Autocomplete text: matches key, Chinese and English labels and synonyms (case-insensitive); exact \
            matches first, then prefixes, then other occurrences. E.g. 美 or cosm finds beauty.""",
            schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^[^\\u0000-\\u001f]*$"))
    public String q;

    TagDimension dimension() {
        return dimension == null || dimension.isBlank() ? null : TagDimension.valueOf(dimension);
    }
}
