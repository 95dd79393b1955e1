package uk.org.cascade.supervision.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.supervision.control.SupervisionHistory;
import uk.org.cascade.supervision.control.Supervision;

/** A person's supervision history (a root resource of its own, like their sign-offs). */
@Path("v1/people/{id}/supervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "supervision")
public class PersonSupervisionResource {

    @Inject
    Supervision supervision;

    @Inject
    SupervisionHistory supervisionHistory;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    @GET
    @Operation(operationId = "listPersonSupervisionLogs",
            summary = "The person's supervision logs that the caller may read one by one (GET /supervision-logs/{id}), "
            + "newest first; for the person themselves, administrators, coordinators who reach them and their "
            + "supervisors; 404 for anyone else")
    public List<LogView> history(@PathParam("id") long id) {
        UserAccount caller = currentUser.account();
        Instant now = today.now();
        return supervisionHistory.history(id, caller).stream().map(l -> LogView.of(l, supervision.notes(l), now,
                supervision.seesOnlyThemselves(l, caller) ? caller.getPerson().getId() : null)).toList();
    }
}
