package uk.org.cascade.supervision.boundary;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.supervision.boundary.SupervisionForms.ThemeForm;
import uk.org.cascade.supervision.control.SupervisionThemes;
import uk.org.cascade.supervision.control.Supervision;
import uk.org.cascade.supervision.entity.SupervisionTheme;

/** The administrators' list of supervision themes. */
@Path("v1/supervision-themes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "supervision")
public class SupervisionThemesResource {

    public record ThemeView(long id, String name, boolean retired, long version) {

        static ThemeView of(SupervisionTheme t) {
            return new ThemeView(t.getId(), t.getName(), t.isRetired(), t.getVersion());
        }
    }

    @Inject
    Supervision supervision;

    @Inject
    SupervisionThemes supervisionThemes;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listSupervisionThemes",
            summary = "The themes a log may name, by name; retired ones too with all=true")
    public List<ThemeView> list(@QueryParam("all") boolean all) {
        return supervisionThemes.themes(all).stream().map(ThemeView::of).toList();
    }

    @POST
    @RolesAllowed("ADMIN")
    @Operation(operationId = "createSupervisionTheme", summary = "{name}: a new theme; same name (any case) → 409")
    public Response create(ThemeForm form) {
        SupervisionTheme theme = supervisionThemes.createTheme(form == null ? null : form.name(), currentUser.account());
        return Response.created(uri.getAbsolutePathBuilder().path(theme.getId().toString()).build())
                .entity(ThemeView.of(theme)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("ADMIN")
    @Operation(operationId = "reviseSupervisionTheme",
            summary = "{name?, retired?, version}: rename, retire or reinstate a theme; logs keep the themes they named")
    public ThemeView revise(@PathParam("id") long id, ThemeForm form) {
        return ThemeView.of(supervisionThemes.reviseTheme(id, form, currentUser.account()));
    }
}
