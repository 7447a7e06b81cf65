package com.resourcemarket.catalogue;

import com.resourcemarket.core.api.WholeNumber;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** Query parameters of the catalogue search; kept as text and validated so bad values get a 400 naming them. */
public class ResourceSearchQuery {

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Full text over names, descriptions and tag labels, Chinese or English",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = ResourceDtos.TEXT))
    public String text;

    @QueryParam("channel")
    @Parameter(description = "ONLINE or OFFLINE; repeatable", schema = @Schema(type = SchemaType.ARRAY, maxItems = 2,
            implementation = com.resourcemarket.catalogue.reference.Channel.class))
    public List<@Pattern(regexp = "^(ONLINE|OFFLINE)$") String> channels;

    @QueryParam("category")
    @Parameter(description = "Category code; repeatable", schema = @Schema(type = SchemaType.ARRAY, maxItems = 20,
            implementation = TaxonomyCode.class))
    public List<@Size(max = 80) @Pattern(regexp = ResourceDtos.CODE) String> categories;

    @QueryParam("type")
    @Parameter(description = "Type code; repeatable", schema = @Schema(type = SchemaType.ARRAY, maxItems = 20,
            implementation = TaxonomyCode.class))
    public List<@Size(max = 80) @Pattern(regexp = ResourceDtos.CODE) String> types;

    @QueryParam("grade")
    @Parameter(description = "CORE, IMPORTANT or BASIC; repeatable", schema = @Schema(type = SchemaType.ARRAY, maxItems = 3,
            implementation = Grade.class))
    public List<@Pattern(regexp = "^(CORE|IMPORTANT|BASIC)$") String> grades;

    @QueryParam("status")
    @Parameter(description = "Lifecycle status; repeatable (partners see other partners' ACTIVE resources only)",
            schema = @Schema(type = SchemaType.ARRAY, maxItems = 7, implementation = ResourceStatus.class))
    public List<@Pattern(regexp = "^(DRAFT|SUBMITTED|ACTIVE|REJECTED|SUSPENDED|RECTIFICATION|EXITED)$") String> statuses;

    @QueryParam("owner")
    @Parameter(description = "Owner partner id; repeatable", schema = @Schema(type = SchemaType.ARRAY, maxItems = 20,
            implementation = java.util.UUID.class))
    public List<@Pattern(regexp = "^[0-9a-fA-F-]{36}$") String> owners;

    @QueryParam("region")
    @Parameter(description = "Region code (province/city code, or a big region such as EAST_CHINA); repeatable",
            schema = @Schema(type = SchemaType.ARRAY, maxItems = 20, implementation = ResourceDtos.RegionCode.class))
    public List<@Size(max = 32) @Pattern(regexp = ResourceDtos.CODE) String> regions;

    @QueryParam("tag")
    @Parameter(description = "Tag filter: key=value, key>=n, key<=n or key=from..to (numbers compared numerically); repeatable",
            schema = @Schema(type = SchemaType.ARRAY, maxItems = 10, implementation = TagExpression.class))
    public List<@Size(max = 300) @Pattern(regexp = "^[a-z0-9_]+(=|>=|<=).+$") String> tags;

    @QueryParam("near")
    @Size(max = 64)
    @Pattern(regexp = "^-?\\d{1,2}(\\.\\d+)?,-?\\d{1,3}(\\.\\d+)?,\\d{1,5}(\\.\\d+)?$")
    @Parameter(description = "latitude,longitude,radiusKm — only resources within that distance",
            schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^-?\\d{1,2}(\\.\\d+)?,-?\\d{1,3}(\\.\\d+)?,\\d{1,5}(\\.\\d+)?$"))
    public String near;

    @QueryParam("sort")
    @DefaultValue("RELEVANCE")
    @Pattern(regexp = "^(RELEVANCE|NEWEST|SCORE|DISTANCE|NAME)$")
    @Parameter(description = "Order; ties are broken by id so pages are stable",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"RELEVANCE", "NEWEST", "SCORE", "DISTANCE", "NAME"}))
    public String sort;

    @QueryParam("limit")
    @DefaultValue("20")
    @WholeNumber
    @Min(1)
    @Max(200)
    @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200"))
    public String limit;

    @QueryParam("cursor")
    @Size(max = 512)
    @Pattern(regexp = "^[A-Za-z0-9_=-]*$")
    @Parameter(description = "nextCursor of the previous page", schema = @Schema(type = SchemaType.STRING, maxLength = 512, pattern = "^[A-Za-z0-9_=-]*$"))
    public String cursor;

    /** Contract-only type: a taxonomy code. */
    @Schema(name = "TaxonomyCodeParam", type = SchemaType.STRING, maxLength = 80, pattern = ResourceDtos.CODE,
            examples = "online.digital-marketing.content-platform")
    static final class TaxonomyCode {
        private TaxonomyCode() {
        }
    }

    /** Contract-only type: a tag comparison such as followers>=100000 or female_audience_share=60..90. */
    @Schema(name = "TagExpression", type = SchemaType.STRING, maxLength = 300, pattern = "^[a-z0-9_]+(=|>=|<=).+$",
            examples = "followers>=100000")
    static final class TagExpression {
        private TagExpression() {
        }
    }

    int limit() {
        return Integer.parseInt(limit.trim());
    }

}
