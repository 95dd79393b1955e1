package uk.org.cascade.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.supervision.control.OverdueList;
import uk.org.cascade.supervision.control.OverdueQuery;
import uk.org.cascade.supervision.control.Supervision;

/** Who is overdue for supervision: a first-class view for coordinators (their area) and supervisors (their supervisees). */
@Path("v1/supervision/overdue")
@RequestScoped
@RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "SUPERVISOR"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "supervision")
public class SupervisionOverdueResource {

    /** One practising person and programme, as the list answers it. */
    public record OverdueView(long personId, String name, String programmeCode, String programme, int intervalWeeks,
                              java.util.List<OverdueQuery.SchoolRef> schools, String since, String lastSupervised,
                              String dueOn, long daysOverdue, String status) {

        static OverdueView of(OverdueQuery.Row r) {
            return new OverdueView(r.personId(), r.name(), r.programmeCode(), r.programmeTitle(), r.intervalWeeks(),
                    r.schools(), r.since() == null ? null : r.since().toString(),
                    r.lastSupervised() == null ? null : r.lastSupervised().toString(), r.dueOn().toString(),
                    Math.max(0, r.daysOverdue()), r.status().name());
        }
    }

    @Inject
    Supervision supervision;

    @Inject
    OverdueList overdueList;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listOverdueSupervision",
            summary = "Practising people (current practitioner competency and a current school employment) overdue "
            + "for supervision on `date` (default today): due N weeks (the programme's interval, default 6) after their "
            + "last supervision or, if none, their sign-off. Filters la, programme, status (overdue | due: overdue or "
            + "due within 14 days | all). Most overdue first, paged. Coordinators see their area, supervisors and "
            + "trainers their supervisees")
    public Page<OverdueView> list(@QueryParam("la") Integer la, @QueryParam("programme") String programme,
                                  @QueryParam("status") @DefaultValue("overdue") String status,
                                  @QueryParam("date") String date, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        Validation check = new Validation();
        LocalDate day = check.date(date, "date");
        check.orThrow();
        return overdueList.overdue(la, programme, null, due(status), day, currentUser.account(), PageRequest.of(page, size))
                .map(OverdueView::of);
    }

    @GET
    @Path("export")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "exportOverdueSupervision",
            summary = "The whole list with the same filters, as CSV (format=csv) or XLSX (format=xlsx)")
    public Response export(@QueryParam("la") Integer la, @QueryParam("programme") String programme,
                           @QueryParam("status") @DefaultValue("overdue") String status, @QueryParam("date") String date,
                           @QueryParam("format") @DefaultValue("csv") String format) {
        Validation check = new Validation();
        LocalDate day = check.date(date, "date");
        check.orThrow();
        OverdueQuery.Due due = due(status);
        UserAccount caller = currentUser.account();
        overdueList.overdue(la, programme, null, due, day, caller, PageRequest.of(0, 1)); // checks filters first
        StreamingOutput body;
        String type;
        switch (format) {
            case "csv" -> {
                body = out -> LogExport.csv(out, LogExport.OVERDUE_COLUMNS, LogExport::overdueValues,
                        each -> overdueList.forEachOverdue(la, programme, due, day, caller, each));
                type = "text/csv; charset=UTF-8";
            }
            case "xlsx" -> {
                body = out -> LogExport.xlsx(out, "Supervision due", LogExport.OVERDUE_COLUMNS, LogExport::overdueValues,
                        each -> overdueList.forEachOverdue(la, programme, due, day, caller, each));
                type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            default -> throw ValidationFailure.of("format", "format must be csv or xlsx");
        }
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"supervision-"
                + status.toLowerCase(Locale.ROOT) + "." + format + "\"").build();
    }

    static OverdueQuery.Due due(String status) {
        return switch (status == null ? "overdue" : status.strip().toLowerCase(Locale.ROOT)) {
            case "overdue" -> OverdueQuery.Due.OVERDUE;
            case "due" -> OverdueQuery.Due.DUE;
            case "all" -> OverdueQuery.Due.ALL;
            default -> throw ValidationFailure.of("status", "status must be overdue, due or all");
        };
    }
}
