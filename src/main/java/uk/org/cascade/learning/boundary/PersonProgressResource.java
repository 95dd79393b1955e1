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
import uk.org.cascade.learning.control.ModuleStates;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.learning.control.ModuleViews.PersonProgressView;

/** A person's progress through self-paced modules (its own root, like the person's sign-offs). */
@Path("v1/people/{id}/progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class PersonProgressResource {

    @Inject
    ModuleStates states;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getPersonProgress",
            summary = "Per enrolment, each self-paced module: state NOT_STARTED | IN_PROGRESS | PASSED | COMPLETED, "
            + "pages read of total, seconds spent, version, page and scroll position, attempts and best percent. A learner "
            + "sees only their own; trainers their cohorts'; coordinators their area's; anyone else → 404")
    public PersonProgressView progress(@PathParam("id") long id) {
        return states.personProgress(id, currentUser.account());
    }
}
