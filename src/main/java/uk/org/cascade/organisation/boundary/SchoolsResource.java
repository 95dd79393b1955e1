package uk.org.cascade.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.organisation.boundary.Schools.Filter;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.security.boundary.CurrentUser;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.Scope;
import uk.org.cascade.security.entity.UserAccount;

/** Schools by URN. Learners have no business here; coordinators see their scope only (404 beyond it). */
@Path("v1/schools")
@RequestScoped
@RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "SUPERVISOR"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "schools")
public class SchoolsResource {

    @Inject
    Schools schools;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Schools in the caller's scope, by name; filters la, region, phase, status (OPEN|CLOSED|PROPOSED), q")
    public Page<SchoolView> list(@QueryParam("la") Integer la, @QueryParam("region") String region,
                                 @QueryParam("phase") String phase, @QueryParam("status") String status,
                                 @QueryParam("q") String q, @QueryParam("page") Integer page,
                                 @QueryParam("size") Integer size) {
        return schools.page(new Filter(la, region, phase, status, q), reach(), PageRequest.of(page, size))
                .map(SchoolView::of);
    }

    @GET
    @Path("{urn}")
    public SchoolView get(@PathParam("urn") int urn) {
        return SchoolView.of(schools.find(urn, reach()));
    }

    /** Only a coordinator with no wider role is limited to a scope. */
    private Optional<Scope> reach() {
        UserAccount user = currentUser.account();
        boolean wider = user.holds(Role.ADMIN) || user.holds(Role.TRAINER) || user.holds(Role.SUPERVISOR);
        return wider ? Optional.empty() : Optional.of(user.scope());
    }
}
