package uk.org.cascade.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.security.boundary.ApiTokensResource.TokenView;
import uk.org.cascade.security.control.ApiTokens;

/** Anyone's API tokens, for administrators: to see what a user's scripts hold, and to revoke a leaked one. */
@Path("v1/users/{id}/tokens")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "security")
public class UserApiTokensResource {

    @Inject
    ApiTokens tokens;

    @GET
    @Operation(operationId = "listUserApiTokens",
            summary = "A user's API tokens that are not revoked, expired ones included, newest first",
            description = "404 for no such user")
    public List<TokenView> list(@PathParam("id") long id) {
        return TokenView.of(tokens.of(id));
    }

    @DELETE
    @Path("{tokenId}")
    @Operation(operationId = "revokeUserApiToken", summary = "Revoke one of a user's API tokens: it is 401 from now on",
            description = "404 for a token that is not this user's or is revoked already")
    public Response revoke(@PathParam("id") long id, @PathParam("tokenId") long tokenId) {
        tokens.revoke(id, tokenId, true);
        return Response.noContent().build();
    }
}
