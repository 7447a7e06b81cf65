package com.resourcemarket.region;

import com.resourcemarket.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/regions")
@Tag(name = "Regions", description = "Reference data: China's administrative divisions and big regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    RegionService regions;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listRegions", summary = "List regions",
            description = """
                    The regions partners and resources name: CN (nationwide), the seven big regions (GROUP, e.g. \
                    EAST_CHINA 华东), the 34 provincial-level divisions and major cities, by GB/T 2260 code, in tree \
                    order. Filter by level and/or parent code.""")
    @APIResponse(responseCode = "200", description = "The matching regions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 5000, implementation = RegionView.class)))
    public List<RegionView> list(@Valid @BeanParam RegionQuery query) {
        return regions.list(query.levelOrNull(), query.parent);
    }
}
