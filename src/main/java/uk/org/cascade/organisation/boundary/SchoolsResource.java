package uk.org.cascade.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.organisation.boundary.Schools.Filter;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.organisation.control.SchoolExport;
import uk.org.cascade.organisation.control.TrainedStaff;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.entity.Scope;

/** Schools by URN. Learners have no business here; coordinators see their scope only (404 beyond it). */
@Path("v1/schools")
@RequestScoped
@RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "SUPERVISOR"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisation")
public class SchoolsResource {

    /** The list's filters as query parameters, shared by the list and its export. */
    public static class FilterParams {
        @QueryParam("la")
        Integer la;
        @QueryParam("region")
        String region;
        @QueryParam("phase")
        String phase;
        @QueryParam("status")
        String status;
        @QueryParam("q")
        String q;
        @QueryParam("urbanRural")
        String urbanRural;
        @QueryParam("imdDecile")
        Integer imdDecile;

        Filter filter() {
            return new Filter(la, region, phase, status, q, urbanRural, imdDecile);
        }
    }

    @Inject
    Schools schools;

    @Inject
    CurrentUser currentUser;

    @Inject
    TrainedStaff trainedStaff;

    @GET
    @Operation(operationId = "listSchools",
            summary = "Schools in the caller's scope; filters la, region, phase, status (OPEN|CLOSED|PROPOSED), "
            + "q (name), urbanRural, imdDecile; sort by name, urn, localAuthority, status, phase, urbanRural, imdDecile")
    public Page<SchoolView> list(@BeanParam FilterParams params, @QueryParam("sort") @DefaultValue("name") String sort,
                                 @QueryParam("desc") boolean descending, @QueryParam("page") Integer page,
                                 @QueryParam("size") Integer size) {
        return schools.page(params.filter(), reach(), PageRequest.of(page, size), sort, !descending).map(SchoolView::of);
    }

    @GET
    @Path("export")
    // The answer's type is chosen by format, not by Accept, so that any client (or a browser link) gets the file.
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "exportSchools",
            summary = "Every school the list would show, as CSV (format=csv, text/csv) or XLSX (format=xlsx)")
    public Response export(@BeanParam FilterParams params, @QueryParam("format") @DefaultValue("csv") String format) {
        Filter filter = params.filter();
        Optional<Scope> reach = reach();
        schools.page(filter, reach, PageRequest.of(0, 1)); // checks the filters before the answer starts
        StreamingOutput body;
        String type;
        switch (format) {
            case "csv" -> {
                body = out -> SchoolExport.csv(out, each -> schools.forEach(filter, reach, each));
                type = "text/csv; charset=UTF-8";
            }
            case "xlsx" -> {
                body = out -> SchoolExport.xlsx(out, each -> schools.forEach(filter, reach, each));
                type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            default -> throw ValidationFailure.of("format", "format must be csv or xlsx");
        }
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"schools." + format + "\"").build();
    }

    @GET
    @Path("{urn}")
    @Operation(operationId = "getSchool",
            summary = "One school in the caller's scope, with its trained staff today per programme")
    public SchoolView get(@PathParam("urn") int urn) {
        School school = schools.find(urn, reach());
        return SchoolView.of(school, trainedStaff.atSchoolToday(urn));
    }

    private Optional<Scope> reach() {
        return Schools.reachOf(currentUser.account());
    }
}
