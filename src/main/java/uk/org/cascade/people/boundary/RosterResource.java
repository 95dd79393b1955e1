package uk.org.cascade.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.control.RosterImport;
import uk.org.cascade.platform.boundary.Uploads;
import uk.org.cascade.security.control.CurrentUser;

/** The staff roster import, for administrators and (within their scope) coordinators. */
@Path("v1/imports/roster")
@RequestScoped
@RolesAllowed({"ADMIN", "COORDINATOR"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class RosterResource {

    @Inject
    RosterImport roster;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Operation(operationId = "importRoster",
            summary = "Joiners and leavers from a CSV email,name,school_urn,job_title,start_date,end_date",
            description = "200 {peopleCreated, employmentsStarted, employmentsEnded, unchanged}; 422 listing every bad row, nothing changed")
    public Response importRoster(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, InputStream body)
            throws IOException {
        Reach reach = Reach.of(currentUser.account());
        return Uploads.spooled(body, file -> {
            RosterImport.Report report = roster.run(file, dryRun, reach);
            return Uploads.answer(report, report.rejected());
        });
    }
}
