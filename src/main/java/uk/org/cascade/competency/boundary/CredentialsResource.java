package uk.org.cascade.competency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.competency.control.IssuerKeys;
import uk.org.cascade.platform.boundary.Problem;
import uk.org.cascade.security.control.CurrentUser;

/** A sign-off as an Open Badges 3.0 credential (a root resource of its own, like the certificate). */
@Path("v1/signoffs/{id}/credential")
@RequestScoped
@Tag(name = "competency")
public class CredentialsResource {

    public static final String VC_JWT = "application/vc+jwt";

    @Inject
    Credentials credentials;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, VC_JWT})
    @Operation(operationId = "getSignOffCredential",
            summary = "The sign-off as an Open Badges 3.0 OpenBadgeCredential: Accept application/json → the credential; "
            + "Accept application/vc+jwt → the same secured as a compact JWS (VC-JWT). Revoked or not competent → 409; "
            + "no signing key configured → 503")
    public Response credential(@PathParam("id") long id) {
        if (wantsJwt()) {
            return Response.ok(credentials.signed(id, currentUser.account()), VC_JWT)
                    .header("Cache-Control", "private, no-store").build();
        }
        return Response.ok(credentials.credential(id, currentUser.account()).toString(), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "private, no-store").build();
    }

    /** The JWS when the client asks for it before JSON; anything else (a browser, {@code *}/{@code *}) gets JSON. */
    private boolean wantsJwt() {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if ("application".equals(type.getType()) && "vc+jwt".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }

    /** No usable signing key: the credential feature is off, and says why; everything else works on. */
    @Provider
    public static class Unavailable implements ExceptionMapper<IssuerKeys.Unavailable> {

        @Override
        public Response toResponse(IssuerKeys.Unavailable e) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()).toResponse();
        }
    }
}
