package uk.org.cascade.organisation.boundary;

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
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.organisation.control.GiasImport;
import uk.org.cascade.organisation.control.GiasImport.Report;
import uk.org.cascade.platform.boundary.Problem;

/** File imports: administrators only. Every import is all or nothing and can be tried as a dry run. */
@Path("v1/imports")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports")
public class ImportsResource {

    @Inject
    GiasImport gias;

    @POST
    @Path("gias")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Operation(summary = "Import the GIAS establishments CSV as downloaded (Windows-1252 or UTF-8)",
            description = "200 with counts; 422 listing every bad row by line, with nothing changed")
    public Response gias(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, InputStream body)
            throws IOException {
        // Spooled to disk: the file is read twice and must never sit in memory whole.
        java.nio.file.Path file = Files.createTempFile("gias-", ".csv");
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            Report report = gias.run(file, dryRun);
            if (!report.rejected().isEmpty()) {
                Problem problem = Problem.validation(report.rejected());
                return new Problem(problem.type(), problem.title(), 422, report.rejected().size()
                        + " problems in the file; nothing was changed", report.rejected(), null).toResponse();
            }
            return Response.ok(report).build();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
