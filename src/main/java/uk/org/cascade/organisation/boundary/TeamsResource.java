package uk.org.cascade.organisation.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.organisation.control.Teams.TeamForm;
import uk.org.cascade.organisation.control.Teams;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.organisation.entity.Team;
import uk.org.cascade.security.control.CurrentUser;

/** Provider teams by code: administrators record them, coordinators see those serving their schools. */
@Path("v1/teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation")
public class TeamsResource {

    /** A team and the URNs of the schools it serves. */
    public record TeamView(String code, String name, List<Integer> schoolUrns, long version) {

        static TeamView of(Team t) {
            return new TeamView(t.getCode(), t.getName(), t.getSchools().stream().map(School::getUrn).sorted().toList(),
                    t.getVersion());
        }
    }

    @Inject
    Teams teams;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed("ADMIN")
    @Operation(operationId = "createTeam",
            summary = "Record a team: {code, name, schoolUrns}; an unknown URN → 422, a taken code → 409")
    public Response create(TeamForm form) {
        Teams.required(form);
        Team team = teams.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(team.getCode()).build()).entity(TeamView.of(team)).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed("ADMIN")
    @Operation(operationId = "reviseTeam",
            summary = "Rename a team and set the schools it serves: {name, schoolUrns, version}")
    public TeamView change(@PathParam("code") String code, TeamForm form) {
        Teams.required(form);
        return TeamView.of(teams.change(code, form));
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"ADMIN", "COORDINATOR"})
    @Operation(operationId = "getTeam", summary = "One team, with the schools it serves")
    public TeamView get(@PathParam("code") String code) {
        return TeamView.of(teams.get(code, Schools.reachOf(currentUser.account())));
    }
}
