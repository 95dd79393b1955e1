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
import uk.org.cascade.learning.control.ModuleForms.VisitForm;
import uk.org.cascade.learning.control.ModuleViews.PlaceView;
import uk.org.cascade.learning.entity.ModuleProgress;

/** A learner opening a page of a module: where they are, and what they have read. */
@Path("v1/modules/{id}/visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class ModuleVisitsResource {

    @Inject
    ModuleReading reading;

    @Inject
    CurrentUser currentUser;

    @POST
    @Operation(operationId = "recordModuleVisit",
            summary = "Open page n (1-based) of your version, or report the scroll position on it: {enrolmentId?, "
            + "page, scroll?} → your place. Opening every page of a module without a check completes it")
    public PlaceView visit(@PathParam("id") long id, VisitForm form) {
        ModuleProgress p = reading.visit(id, form, currentUser.account());
        return new PlaceView(p.getEnrolment().getId(), p.getCurrentPage(), p.getScrollPosition(), p.pagesRead(),
                p.getSecondsSpent(), p.getPassedAt() != null ? "PASSED" : "IN_PROGRESS");
    }
}
