package uk.org.cascade.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.learning.control.ModuleDrafts;
import uk.org.cascade.learning.control.PageResources;
import uk.org.cascade.security.control.CurrentUser;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.io.InputStream;
import uk.org.cascade.learning.control.ModuleViews.ResourceView;
import uk.org.cascade.learning.control.ResourceContent;
import uk.org.cascade.learning.entity.PageResource;
import uk.org.cascade.platform.boundary.StoredFiles;
import uk.org.cascade.platform.boundary.Problem;

/** Downloadable files of a module's pages: uploaded to the draft, downloaded as attachments. */
@Path("v1/modules/{id}/resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class ModuleResourcesResource {


    @Inject
    ModuleDrafts drafts;

    @Inject
    PageResources resources;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "uploadModuleResource",
            summary = "Attach a file to page n of the draft (?page=n): raw bytes as the body, Content-Type PDF, DOCX, "
            + "PNG or JPEG, name in ?filename= or X-Filename; a picture with ?alt= (its description) is shown on the page, without "
            + "one it is a download only. At most 20 MB (413); content must match the type (422)")
    public Response upload(@PathParam("id") long id, @QueryParam("page") Integer page,
                           @HeaderParam("Content-Type") String contentType, @HeaderParam("X-Filename") String header,
                           @QueryParam("filename") String query, @QueryParam("alt") String alt,
                           InputStream body) throws IOException {
        drafts.openDraft(id, currentUser.account());
        byte[] bytes = StoredFiles.readAtMost(body, ResourceContent.MAX_BYTES);
        if (bytes == null) {
            return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "The file is larger than 20 MB").toResponse();
        }
        PageResource r = resources.attach(id, page, query != null ? query : header, contentType, bytes, alt,
                currentUser.account());
        return Response.created(java.net.URI.create("/api/v1/modules/" + id + "/resources/" + r.getId()))
                .entity(ResourceView.of(id, r)).build();
    }

    @GET
    @Path("{resourceId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadModuleResource",
            summary = "Download a resource, as an attachment of its checked type (authors and the programme's learners)")
    public Response download(@PathParam("id") long id, @PathParam("resourceId") long resourceId) {
        PageResource r = resources.resource(id, resourceId, currentUser.account());
        return StoredFiles.download(r.getContent(), r.getContentType(), r.getFilename(), "private, max-age=3600");
    }

    @DELETE
    @Path("{resourceId}")
    @Operation(operationId = "removeModuleResource",
            summary = "Remove a resource from the draft (published versions keep theirs)")
    public Response remove(@PathParam("id") long id, @PathParam("resourceId") long resourceId) {
        resources.detach(id, resourceId, currentUser.account());
        return Response.noContent().build();
    }
}
