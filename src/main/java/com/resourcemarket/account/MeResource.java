package com.resourcemarket.account;

import com.resourcemarket.core.security.Caller;
import com.resourcemarket.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/me")
@Tag(name = "Account", description = "The caller's identity")
public class MeResource {

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getMe", summary = "Who am I",
            description = "Shows the caller's subject, roles and partner as read from the access token.")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = MeView.class)))
    public MeView me() {
        return new MeView(caller.subject(), caller.username(), caller.displayName().orElse(null),
                List.copyOf(caller.roles()), caller.partnerId().orElse(null));
    }
}
