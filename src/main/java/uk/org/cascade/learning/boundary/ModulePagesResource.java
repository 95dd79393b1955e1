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
import uk.org.cascade.learning.control.ModuleReading;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.learning.control.ModuleViews.PagesView;

/** A self-paced module's pages (a root resource of its own, so that it never shadows the other module paths). */
@Path("v1/modules/{id}/pages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class ModulePagesResource {

    @Inject
    ModuleReading reading;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listModulePages",
            summary = "The module's pages and check (questions in random order, answers without their key): for a "
            + "learner the version they are on, with their place in it; for an author the latest published version, or "
            + "the draft with ?draft=true. Not enrolled and not an author → 404")
    public PagesView pages(@PathParam("id") long id, @QueryParam("draft") boolean draft) {
        return reading.pages(id, draft, currentUser.account());
    }
}
