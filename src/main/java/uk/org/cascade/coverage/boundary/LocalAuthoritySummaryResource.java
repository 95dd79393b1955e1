package uk.org.cascade.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.coverage.control.LocalAuthoritySummary;
import uk.org.cascade.coverage.control.SummaryPdf;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.security.control.CurrentUser;

/**
 * A local authority's one-page coverage summary as a PDF, for commissioners (a root resource of its own, beside
 * CoverageResource, under the same {@code v1/coverage} paths).
 */
@Path("v1/coverage/local-authorities/{code}/summary.pdf")
@RequestScoped
@RolesAllowed({"ADMIN", "COORDINATOR"})
@Tag(name = "coverage")
public class LocalAuthoritySummaryResource {

    /** Dates the database and the 90-day look-ahead can hold, with room to spare. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    @Inject
    LocalAuthoritySummary summaries;

    @Inject
    CurrentUser currentUser;

    @GET
    // Chosen by the address, not by Accept, so that a browser link or any client gets the PDF
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getLocalAuthoritySummaryPdf",
            summary = "One A4 page for commissioners: a local authority's schools in cover on `date` (default today) "
            + "and 90 days on, the last 12 monthly snapshots, the at-risk schools most urgent first, and the refresher "
            + "places needed over 12 months, for `programme` (default the dashboard's first). Coordinators of the local "
            + "authority and administrators; 404 outside the caller's area; 422 for an unknown programme or a bad date")
    public Response pdf(@PathParam("code") String code, @QueryParam("programme") String programme,
                        @QueryParam("date") String date) {
        Validation check = new Validation();
        LocalDate day = check.date(date, "date");
        if (day != null) {
            check.require(!day.isBefore(EARLIEST) && !day.isAfter(LATEST), "date",
                    "date must be between " + EARLIEST + " and " + LATEST);
        }
        check.orThrow();
        LocalAuthoritySummary.Summary summary = summaries.of(currentUser.account(), localAuthority(code), programme, day);
        return Response.ok(SummaryPdf.pdf(summary), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + SummaryPdf.fileName(summary) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** A code that names no local authority is a missing page, like one outside the caller's area. */
    private static int localAuthority(String code) {
        try {
            return Integer.parseInt(code.strip());
        } catch (NumberFormatException e) {
            throw new NotFound("No local authority with code " + code);
        }
    }
}
