package com.resourcemarket.notification;

import com.resourcemarket.core.security.Roles;
import com.resourcemarket.notification.WebhookDtos.CreateWebhookRequest;
import com.resourcemarket.notification.WebhookDtos.CreatedWebhook;
import com.resourcemarket.notification.WebhookDtos.DeliveryView;
import com.resourcemarket.notification.WebhookDtos.WebhookSecret;
import com.resourcemarket.notification.WebhookDtos.WebhookView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/partners/{partnerId}")
@Tag(name = "Webhooks", description = "Partner notifications by signed webhook, with retries and a delivery log")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private static final String SIGNATURE_DOC = """
             Each delivery is a POST of the event JSON with headers X-ResourceMarket-Event, \
            X-ResourceMarket-Delivery (delivery id), X-ResourceMarket-Timestamp (epoch seconds) and \
            X-ResourceMarket-Signature: v1=<hex HMAC-SHA256 over "<timestamp>.<raw body>", keyed with the secret's \
            UTF-8 bytes>. Receivers should compare in constant time and reject timestamps older than 5 minutes.""";

    @Inject
    WebhookService webhooks;

    @POST
    @Path("/webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "createWebhook", summary = "Register a webhook endpoint",
            description = """
                    A partner registers endpoints for its own organisation; admins for any. The URL must use https. \
                    The answer carries the signing secret, which is never shown again (rotate it to get a new one).""" + SIGNATURE_DOC)
    @APIResponse(responseCode = "201", description = "Registered; the secret is in the answer",
            content = @Content(schema = @Schema(implementation = CreatedWebhook.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    public Response create(
            @Parameter(description = "Partner id (the partner_id claim)", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("partnerId") UUID partnerId,
            @Valid @NotNull CreateWebhookRequest request, @Context UriInfo uri) {
        CreatedWebhook created = webhooks.create(partnerId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.webhook().id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("/webhooks")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listWebhooks", summary = "List a partner's webhook endpoints",
            description = "A partner sees its own; staff see any partner's. Secrets are never shown here.")
    @APIResponse(responseCode = "200", description = "The partner's webhooks, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000, implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    public List<WebhookView> list(
            @Parameter(description = "Partner id (the partner_id claim)", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("partnerId") UUID partnerId) {
        return webhooks.list(partnerId);
    }

    @DELETE
    @Path("/webhooks/{webhookId}")
    @RolesAllowed({Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook endpoint",
            description = "Removes the endpoint together with its queued deliveries and their log.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such webhook for this partner")
    public void delete(
            @Parameter(description = "Partner id (the partner_id claim)", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("partnerId") UUID partnerId,
            @Parameter(description = "Webhook id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("webhookId") UUID webhookId) {
        webhooks.delete(partnerId, webhookId);
    }

    @POST
    @Path("/webhooks/{webhookId}/rotate-secret")
    @RolesAllowed({Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "rotateWebhookSecret", summary = "Replace a webhook's signing secret",
            description = "Generates a new secret, shown only in this answer; the old one stops working at once.")
    @APIResponse(responseCode = "200", description = "The new secret",
            content = @Content(schema = @Schema(implementation = WebhookSecret.class)))
    @APIResponse(responseCode = "404", description = "No such webhook for this partner")
    public WebhookSecret rotateSecret(
            @Parameter(description = "Partner id (the partner_id claim)", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("partnerId") UUID partnerId,
            @Parameter(description = "Webhook id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("webhookId") UUID webhookId) {
        return webhooks.rotateSecret(partnerId, webhookId);
    }

    @GET
    @Path("/webhook-deliveries")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listWebhookDeliveries", summary = "Read a partner's webhook delivery log",
            description = "Deliveries newest first, each with status and its latest attempts (status code or error, duration).")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 200, implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    public List<DeliveryView> deliveries(
            @Parameter(description = "Partner id (the partner_id claim)", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("partnerId") UUID partnerId,
            @Valid @BeanParam DeliveryQuery query) {
        return webhooks.deliveries(partnerId, query.status(), query.offset(), query.limit());
    }

    @POST
    @Path("/webhook-deliveries/{deliveryId}/redeliver")
    @RolesAllowed({Roles.PARTNER, Roles.ADMIN})
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again",
            description = "Queues a DELIVERED or FAILED delivery again with a fresh attempt budget; same body, new signature.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery for this partner")
    @APIResponse(responseCode = "409", description = "The delivery is still pending")
    public Response redeliver(
            @Parameter(description = "Partner id (the partner_id claim)", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("partnerId") UUID partnerId,
            @Parameter(description = "Delivery id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(webhooks.redeliver(partnerId, deliveryId)).build();
    }
}
