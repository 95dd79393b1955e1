package uk.org.cascade.competency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.competency.control.EvidenceFiles.Listed;
import uk.org.cascade.competency.control.EvidenceContent;
import uk.org.cascade.competency.control.EvidenceFiles;
import uk.org.cascade.competency.entity.EvidenceFile;
import uk.org.cascade.platform.boundary.StoredFiles;
import uk.org.cascade.platform.boundary.Problem;
import uk.org.cascade.security.control.CurrentUser;

/**
 * Evidence files of a sign-off (a root resource of its own, like the person's competencies). A download is
 * always an attachment of its checked type, never sniffed or shown inline, so a file cannot run in the site.
 */
@Path("v1/signoffs/{id}/evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "competency")
public class EvidenceResource {


    @Inject
    EvidenceFiles evidence;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "uploadEvidence",
            summary = "Attach a file: the raw bytes as the body, Content-Type application/pdf, image/png or "
            + "image/jpeg, name in X-Filename or ?filename=. At most 10 MB (413); the content must be what the type "
            + "says (422). By the assessor within 14 days of recording, or an administrator")
    public Response upload(@PathParam("id") long id, @HeaderParam("Content-Type") String contentType,
                           @HeaderParam("X-Filename") String header, @QueryParam("filename") String query,
                           InputStream body) throws IOException {
        evidence.requireUploader(id, currentUser.account());
        byte[] bytes = StoredFiles.readAtMost(body, EvidenceContent.MAX_BYTES);
        if (bytes == null) {
            return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "The file is larger than 10 MB").toResponse();
        }
        EvidenceFile file = evidence.attach(id, contentType, query != null ? query : header, bytes,
                currentUser.account());
        return Response.created(uri.getAbsolutePathBuilder().path(file.getId().toString()).build())
                .entity(new Listed(file.getId(), file.getFilename(), file.getContentType(), file.getSizeBytes(),
                        file.getUploadedAt())).build();
    }

    @GET
    @Operation(operationId = "listEvidence",
            summary = "The sign-off's evidence files, oldest first: [{id, filename, contentType, size, uploadedAt}]")
    public List<Listed> list(@PathParam("id") long id) {
        return evidence.list(id, currentUser.account());
    }

    @GET
    @Path("{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadEvidence",
            summary = "Download one evidence file, as an attachment of its stored type")
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        EvidenceFile file = evidence.find(id, fileId, currentUser.account());
        return StoredFiles.download(file.getContent(), file.getContentType(), file.getFilename(), "private, no-store");
    }
}
