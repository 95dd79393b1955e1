package uk.org.cascade.people.boundary;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.people.boundary.UserView;
import uk.org.cascade.people.control.UserForm;
import uk.org.cascade.people.control.Users;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;

/** User administration: administrators only. */
@Path("v1/users")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class UsersResource {

    @Inject
    Users users;

    @Context
    UriInfo uri;

    @POST
    @Operation(operationId = "createUser", summary = "Create a user (or give an existing person a sign-in)",
            description = "422 for a weak password, an unknown role or a bad scope; 409 when the email has a user already")
    public Response create(UserForm form) {
        UserView created = UserView.of(users.create(required(form)));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listUsers", summary = "Users whose name or email contains q, by name")
    public Page<UserView> list(@QueryParam("q") String q, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size) {
        return users.page(q, PageRequest.of(page, size)).map(UserView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "One user account, with roles and scope")
    public UserView get(@PathParam("id") long id) {
        return UserView.of(users.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "reviseUser",
            summary = "Change name, roles, scope and optionally the password; version must be current (409 if stale)")
    public UserView change(@PathParam("id") long id, UserForm form) {
        return UserView.of(users.change(id, required(form)));
    }

    @POST
    @Path("{id}/deactivation")
    @Operation(operationId = "deactivateUser",
            summary = "Deactivate a user: they can no longer sign in; body {\"version\"}")
    public UserView deactivate(@PathParam("id") long id, UserForm form) {
        return UserView.of(users.deactivate(id, required(form).version()));
    }

    @POST
    @Path("{id}/reactivation")
    @Operation(operationId = "reactivateUser",
            summary = "Reactivate a user: they can sign in again; body {\"version\"}")
    public UserView reactivate(@PathParam("id") long id, UserForm form) {
        return UserView.of(users.reactivate(id, required(form).version()));
    }

    private static UserForm required(UserForm form) {
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        return form;
    }
}
