package uk.org.cascade.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.supervision.boundary.SupervisionForms.LogForm;
import uk.org.cascade.supervision.boundary.SupervisionForms.NoteForm;
import uk.org.cascade.supervision.control.SupervisionHistory;
import uk.org.cascade.supervision.control.Supervision;
import uk.org.cascade.supervision.entity.SupervisionLog;

/** Supervision logs: recorded by supervisors (or coordinators and administrators for them), revised by their author for 7 days, then corrected with notes. */
@Path("v1/supervision-logs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "supervision")
public class SupervisionLogsResource {

    @Inject
    Supervision supervision;

    @Inject
    SupervisionHistory supervisionHistory;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "SUPERVISOR"})
    @Operation(operationId = "logSupervision",
            summary = "Log supervision: {date, supervisorId, supervisees: [personId], format: INDIVIDUAL | GROUP, "
            + "mode: IN_PERSON | VIDEO | PHONE, minutes (1-480), familiesDiscussed (>= 0), themes: [theme name], "
            + "safeguardingConcern, safeguardingAction? (required when a concern was raised), nextDate?, themeNotes?, "
            + "programmeCode? (inferred when one programme fits), schools?: {personId: urn} (for a supervisee at "
            + "several schools)}. Free text holding an NHS number, a date of birth, a postcode or a phone number is "
            + "refused (422) and not stored. The supervisor must hold the programme's current SUPERVISOR or TRAINER "
            + "competency and each supervisee its PRACTITIONER competency on the date. → 201 with Location and id")
    public Response log(LogForm form) {
        SupervisionLog log = supervision.log(form, currentUser.account());
        return Response.created(uri.getAbsolutePathBuilder().path(log.getId().toString()).build())
                .entity(view(log, currentUser.account())).build();
    }

    @GET
    @Path("export")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "SUPERVISOR"})
    @Operation(operationId = "exportSupervisionLogs",
            summary = "The logs the caller may read from `from` to `to` (YYYY-MM-DD, at most 3 years apart), as CSV "
            + "(format=csv) or XLSX (format=xlsx). Anonymous: dates, programme, format, mode, minutes, counts, themes, "
            + "safeguarding yes/no, schools; no names and no free text")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") @DefaultValue("csv") String format) {
        Validation check = new Validation();
        LocalDate start = check.date(from, "from");
        LocalDate end = check.date(to, "to");
        check.require(from != null && !from.isBlank(), "from", "from is required (YYYY-MM-DD)")
                .require(to != null && !to.isBlank(), "to", "to is required (YYYY-MM-DD)")
                .require(start == null || end == null || !end.isBefore(start), "to", "to is before from")
                .require(start == null || end == null || !end.isAfter(start.plusYears(3)), "to",
                        "export at most three years at a time");
        check.orThrow();
        UserAccount caller = currentUser.account();
        StreamingOutput body;
        String type;
        switch (format) {
            case "csv" -> {
                body = out -> LogExport.csv(out, LogExport.LOG_COLUMNS, LogExport::logValues,
                        each -> supervisionHistory.forEachLog(start, end, caller, each));
                type = "text/csv; charset=UTF-8";
            }
            case "xlsx" -> {
                body = out -> LogExport.xlsx(out, "Supervision", LogExport.LOG_COLUMNS, LogExport::logValues,
                        each -> supervisionHistory.forEachLog(start, end, caller, each));
                type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            default -> throw ValidationFailure.of("format", "format must be csv or xlsx");
        }
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"supervision-" + start + "-to-"
                + end + "." + format + "\"").build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSupervisionLog",
            summary = "One log, with its notes. 404 when the caller may not read it; a learner sees only "
            + "themselves among its supervisees")
    public LogView get(@PathParam("id") long id) {
        return view(supervision.find(id, currentUser.account()), currentUser.account());
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "reviseSupervisionLog",
            summary = "Revise a log: the same body as POST plus the version read. Only its author, within 7 days of "
            + "recording it (403 for others, 409 once locked or when the version is stale)")
    public LogView revise(@PathParam("id") long id, LogForm form) {
        return view(supervision.revise(id, form, currentUser.account()), currentUser.account());
    }

    @POST
    @Path("{id}/notes")
    @Operation(operationId = "addSupervisionNote",
            summary = "{text}: a correction appended to the log (checked for identifiers like all free text); "
            + "by its author or supervisor, a coordinator of its area or an administrator → 201")
    public Response addNote(@PathParam("id") long id, NoteForm form) {
        supervision.addNote(id, form == null ? null : form.text(), currentUser.account());
        return Response.status(Response.Status.CREATED).entity(get(id)).build();
    }

    private LogView view(SupervisionLog log, UserAccount caller) {
        return LogView.of(log, supervision.notes(log), today.now(),
                supervision.seesOnlyThemselves(log, caller) ? caller.getPerson().getId() : null);
    }
}
