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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.organisation.control.GiasImport;
import uk.org.cascade.organisation.control.ImdImport;
import uk.org.cascade.platform.boundary.Uploads;

/** File imports: administrators only. Every import is all or nothing and can be tried as a dry run. */
@Path("v1/imports")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisation")
public class ImportsResource {

    @Inject
    GiasImport gias;

    @Inject
    ImdImport imd;

    @POST
    @Path("gias")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Operation(operationId = "importGiasEstablishments",
            summary = "Import the GIAS establishments CSV as downloaded (Windows-1252 or UTF-8)",
            description = "200 with counts; 422 listing every bad row by line, with nothing changed")
    public Response gias(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, InputStream body)
            throws IOException {
        return Uploads.spooled(body, file -> {
            GiasImport.Report report = gias.run(file, dryRun);
            return Uploads.answer(report, report.rejected());
        });
    }

    @POST
    @Path("imd")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Operation(operationId = "importDeprivationDeciles",
            summary = "Set schools' IMD deciles from the English Indices of Deprivation File 1 (2011 or 2021 LSOAs)",
            description = "200 {lsoas, schoolsUpdated}; 422 listing every bad row, with nothing changed")
    public Response imd(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, InputStream body)
            throws IOException {
        return Uploads.spooled(body, file -> {
            ImdImport.Report report = imd.run(file, dryRun);
            return Uploads.answer(report, report.rejected());
        });
    }
}
