package com.resourcemarket.calendar;

import com.resourcemarket.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/calendar")
@Tag(name = "Calendar", description = """
        China's working-day calendar (reference data): public holidays and make-up working days, and working-day \
        counts for the docking-cycle KPI""")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    WorkingDayCalendar calendar;

    @GET
    @Path("/days")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listCalendarDays", summary = "List a year's holidays and make-up working days",
            description = """
                    Any role. The exceptions to the Monday–Friday rule in one year, by date: HOLIDAY days (the whole \
                    break, weekend days included) and MAKEUP_WORKDAY days (调休上班). Every other weekday is a \
                    working day, every other Saturday and Sunday is not.""")
    @APIResponse(responseCode = "200", description = "The year's entries, by date",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 366, implementation = CalendarDayView.class)))
    public List<CalendarDayView> list(@Valid @BeanParam CalendarDaysQuery query) {
        return calendar.list(query.year());
    }

    @PUT
    @Path("/days/{date}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "setCalendarDay", summary = "Make a day a holiday or a make-up working day",
            description = """
                    Resource managers and admins. HOLIDAY may fall on any day; MAKEUP_WORKDAY only on a Saturday or \
                    Sunday (else 400 naming kind). To change an existing entry send the version you read (a stale \
                    one is refused with 409); to add one leave version out. Working-day counts use the change at once.""")
    @APIResponse(responseCode = "200", description = "The entry was changed",
            content = @Content(schema = @Schema(implementation = CalendarDayView.class)))
    @APIResponse(responseCode = "201", description = "The entry was added",
            content = @Content(schema = @Schema(implementation = CalendarDayView.class)))
    @APIResponse(responseCode = "409", description = "The entry was changed, added or deleted since you read it")
    public Response set(
            @Parameter(description = "The day, yyyy-MM-dd",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = CalendarDates.PATTERN))
            @PathParam("date") String date,
            @Valid @NotNull SetCalendarDayRequest request) {
        WorkingDayCalendar.Saved saved = calendar.set(CalendarDates.parse("path", "date", date), request);
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK).entity(saved.day()).build();
    }

    @DELETE
    @Path("/days/{date}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "deleteCalendarDay", summary = "Remove a day's entry",
            description = """
                    Resource managers and admins. The day becomes an ordinary weekday (working) or weekend day (not \
                    working) again.""")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The day has no entry")
    public void delete(
            @Parameter(description = "The day, yyyy-MM-dd",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, pattern = CalendarDates.PATTERN))
            @PathParam("date") String date) {
        calendar.delete(CalendarDates.parse("path", "date", date));
    }

    @GET
    @Path("/working-days")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "countWorkingDays", summary = "Count working days between two dates",
            description = """
                    Any role. The working days strictly after from, up to and including to — how the docking cycle \
                    counts from submission to signing: Monday to Tuesday is 1, a day to itself 0, Friday to the next \
                    Monday 1. Holidays are skipped, make-up working days count. to must not be before from.""")
    @APIResponse(responseCode = "200", description = "The count",
            content = @Content(schema = @Schema(implementation = WorkingDaysView.class)))
    public WorkingDaysView count(@Valid @BeanParam WorkingDaysQuery query) {
        return calendar.count(CalendarDates.parse("query", "from", query.from),
                CalendarDates.parse("query", "to", query.to));
    }
}
