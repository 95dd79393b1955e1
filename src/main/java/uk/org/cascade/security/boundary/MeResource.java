package uk.org.cascade.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.control.ScopeView;
import uk.org.cascade.security.entity.UserAccount;

/** The caller. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "security")
public class MeResource {

    /** {@code scope} is empty for everyone but coordinators. */
    public record Me(long personId, String email, String name, List<String> roles, ScopeView scope) {
    }

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getMe", summary = "Who the caller is: person, roles and scope")
    public Me me() {
        UserAccount user = currentUser.account();
        return new Me(user.getPerson().getId(), user.getPerson().getEmail(), user.getPerson().getName(),
                user.getRoles().stream().map(Enum::name).toList(), ScopeView.of(user.scope()));
    }
}
