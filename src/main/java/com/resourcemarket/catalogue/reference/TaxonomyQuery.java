package com.resourcemarket.catalogue.reference;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the taxonomy listing; kept as text so a bad value is a 400 naming the parameter. */
public class TaxonomyQuery {

    @QueryParam("channel")
    @Pattern(regexp = "^(ONLINE|OFFLINE)$", message = "must be ONLINE or OFFLINE")
    @Parameter(description = "Only nodes of this channel",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"ONLINE", "OFFLINE"}, maxLength = 7))
    public String channel;

    @QueryParam("level")
    @Pattern(regexp = "^(CATEGORY|TYPE)$", message = "must be CATEGORY or TYPE")
    @Parameter(description = "Only categories or only types",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"CATEGORY", "TYPE"}, maxLength = 8))
    public String level;

    Channel channel() {
        return channel == null || channel.isBlank() ? null : Channel.valueOf(channel);
    }

    TaxonomyLevel level() {
        return level == null || level.isBlank() ? null : TaxonomyLevel.valueOf(level);
    }
}
