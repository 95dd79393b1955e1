package uk.org.cascade.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.security.control.PasswordResets;

/** An administrator's forced password reset of one user (the users resource's path, security's work). */
@Path("v1/users/{id}/password-reset")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "security")
public class ForcedPasswordResetResource {

    @Inject
    PasswordResets resets;

    @POST
    @Operation(operationId = "forcePasswordReset", summary = "Stop a user's password at once and mail them a reset link",
            description = "202: the old password no longer works, the user's sessions end, and a link to choose a "
                    + "new one is mailed; 404 for no such user, 409 for a deactivated one")
    public Response force(@PathParam("id") long id) {
        resets.force(id);
        return Response.accepted().build();
    }
}
