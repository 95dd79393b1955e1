package uk.org.cascade.competency.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.competency.control.SignOffs.SignOffForm;
import uk.org.cascade.competency.control.SignOffs;
import uk.org.cascade.competency.entity.SignOff;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.security.control.CurrentUser;

/** Sign-offs: recorded by assessors, never changed, revoked with a reason. */
@Path("v1/signoffs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "competency")
public class SignOffsResource {

    public record RevocationForm(String reason) {

        @JsonbCreator
        public RevocationForm {
        }
    }

    @Inject
    SignOffs signOffs;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({"ADMIN", "TRAINER", "SUPERVISOR"})
    @Operation(operationId = "recordSignOff",
            summary = "Record a sign-off: {personId, competencyCode, assessorId, date, outcome: COMPETENT | "
            + "NOT_YET_COMPETENT, evidence, cohortId?, external?}. Every broken rule → 422 naming it; a learner outside "
            + "the assessor's cohorts → 403")
    public Response record(SignOffForm form) {
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        SignOff signOff = signOffs.record(form, currentUser.account());
        return Response.created(uri.getAbsolutePathBuilder().path(signOff.getId().toString()).build())
                .entity(SignOffView.of(signOff, null)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSignOff", summary = "One sign-off, with its revocation if it was revoked")
    public SignOffView get(@PathParam("id") long id) {
        SignOff signOff = signOffs.find(id, currentUser.account());
        return SignOffView.of(signOff, signOffs.revocation(signOff).orElse(null));
    }

    @POST
    @Path("{id}/revocation")
    @Operation(operationId = "revokeSignOff",
            summary = "{reason}: the sign-off no longer counts, from its start; by an administrator, or its assessor "
            + "within 14 days. Revoked already → 409")
    public SignOffView revoke(@PathParam("id") long id, RevocationForm form) {
        SignOff signOff = signOffs.revoke(id, form == null ? null : form.reason(), currentUser.account());
        return SignOffView.of(signOff, signOffs.revocation(signOff).orElse(null));
    }
}
