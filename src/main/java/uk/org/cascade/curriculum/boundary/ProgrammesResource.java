package uk.org.cascade.curriculum.boundary;

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
import uk.org.cascade.curriculum.control.CurriculumForms.ProgrammeForm;
import uk.org.cascade.curriculum.boundary.CurriculumViews.ProgrammeView;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;

/** Programmes and their modules: read by anyone signed in, defined by administrators. */
@Path("v1/programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "curriculum")
public class ProgrammesResource {

    @Inject
    Curriculum curriculum;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listProgrammes", summary = "Programmes, a page at a time")
    public Page<ProgrammeView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return curriculum.programmes(PageRequest.of(page, size)).map(p -> CurriculumViews.programme(p, curriculum));
    }

    @POST
    @RolesAllowed("ADMIN")
    @Operation(operationId = "createProgramme",
            summary = "Define a programme: {code, title, description?, supervisionIntervalWeeks? (default 6), "
            + "modules: [{title, outcomes?, minutes, mode: SELF_PACED | LIVE_ONLINE | IN_PERSON}]}")
    public Response create(ProgrammeForm form) {
        Programme programme = curriculum.createProgramme(required(form));
        return Response.created(uri.getAbsolutePathBuilder().path(programme.getCode()).build())
                .entity(CurriculumViews.programme(programme, curriculum)).build();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getProgramme",
            summary = "One programme, with its modules and the competencies it leads to")
    public ProgrammeView get(@PathParam("code") String code) {
        return CurriculumViews.programme(curriculum.programme(code), curriculum);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed("ADMIN")
    @Operation(operationId = "reviseProgramme",
            summary = "Revise a programme: the module list is the new order; give a kept module's id, leave "
            + "the id out for a new one; modules left out are retired (completions keep them). Stale version → 409")
    public ProgrammeView revise(@PathParam("code") String code, ProgrammeForm form) {
        return CurriculumViews.programme(curriculum.reviseProgramme(code, required(form)), curriculum);
    }

    static <T> T required(T form) {
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        return form;
    }
}
