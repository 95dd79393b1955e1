package uk.org.cascade.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.security.control.PasswordResets;

/**
 * Password reset by email, for people who cannot sign in: open to anyone (web.xml leaves these paths public).
 * Asking always answers 202 the same way, whether or not an account uses the email.
 */
@Path("v1/password-resets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "security")
@SecurityRequirements
public class PasswordResetsResource {

    /** Asking for a link. */
    public record ResetRequest(String email) {
        @JsonbCreator
        public ResetRequest {
        }
    }

    /** Choosing a new password with the token from the link. */
    public record ResetConfirmation(String token, String password) {
        @JsonbCreator
        public ResetConfirmation {
        }
    }

    @Inject
    PasswordResets resets;

    @POST
    @Operation(operationId = "requestPasswordReset", summary = "Ask for a link to choose a new password",
            description = "Always 202, whether or not an account uses the email; at most 3 mails per email per "
                    + "hour. The link works once, for 30 minutes. 422 for a body without a valid email.")
    public Response request(ResetRequest request) {
        resets.request(required(request).email());
        return Response.accepted().build();
    }

    @POST
    @Path("confirmation")
    @Operation(operationId = "confirmPasswordReset", summary = "Choose a new password with a reset link's token",
            description = "204; 422 naming token for a link that was used, has expired or was never sent; "
                    + "422 naming password for a password the policy refuses")
    public Response confirm(ResetConfirmation confirmation) {
        resets.complete(required(confirmation).token(), confirmation.password());
        return Response.noContent().build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        return body;
    }
}
