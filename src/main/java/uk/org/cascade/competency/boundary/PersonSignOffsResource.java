package uk.org.cascade.competency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.competency.entity.Revocation;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.security.control.CurrentUser;

/** A person's sign-off history, revocations included (a root resource of its own, like the competencies). */
@Path("v1/people/{id}/signoffs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "competency")
public class PersonSignOffsResource {

    @Inject
    SignOffs signOffs;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listPersonSignOffs",
            summary = "Every sign-off of the person, newest first, with revocations")
    public List<SignOffView> history(@PathParam("id") long id) {
        List<SignOff> history = signOffs.history(id, currentUser.account());
        Map<Long, Revocation> revoked = signOffs.revocations(history);
        return history.stream().map(s -> SignOffView.of(s, revoked.get(s.getId()))).toList();
    }
}
