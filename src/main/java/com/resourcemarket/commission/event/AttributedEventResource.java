package com.resourcemarket.commission.event;

import com.resourcemarket.commission.event.EventDtos.BatchInput;
import com.resourcemarket.commission.event.EventDtos.BatchReceipt;
import com.resourcemarket.commission.event.EventDtos.EventInput;
import com.resourcemarket.commission.event.EventDtos.Receipt;
import com.resourcemarket.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/commission/events")
@Tag(name = "Attributed events", description = "Conversions and refunds attributed to signed cooperations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttributedEventResource {

    @Inject
    EventService events;

    @POST
    @RolesAllowed({Roles.PARTNER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "postAttributedEvent", summary = "Post an attributed event",
            description = "A party of the cooperation (or finance/admin for it, naming onBehalfOf). Committed before the answer. "
                    + "Idempotent per (source, eventId): 201 when stored, 200 when it had been received with the same content, "
                    + "409 when the eventId was used with other content or the month is settled.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "200", description = "A duplicate: nothing changed", content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "409", description = "Same eventId with other content, or the month is settled")
    public Response post(@Valid @NotNull EventInput input) {
        Receipt receipt = events.ingestOne(input);
        return Response.status(receipt.duplicate() ? Response.Status.OK : Response.Status.CREATED).entity(receipt).build();
    }

    @POST
    @Path("/batch")
    @RolesAllowed({Roles.PARTNER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "postAttributedEventBatch", summary = "Post up to 1,000 attributed events",
            description = "All or nothing, committed before the answer: a bad event is a 400 naming events[i]; an eventId seen "
                    + "before with other content is a 409; exact repeats are counted as duplicates and change nothing.")
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = BatchReceipt.class)))
    @APIResponse(responseCode = "409", description = "An eventId was used with other content, or a month is settled")
    public BatchReceipt batch(@Valid @NotNull BatchInput input) {
        return events.ingestBatch(input.events());
    }
}
