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
import uk.org.cascade.curriculum.control.CurriculumForms.CompetencyForm;
import uk.org.cascade.curriculum.boundary.CurriculumViews.CompetencyView;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;

/** Competencies: read by anyone signed in, defined by administrators. */
@Path("v1/competencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "curriculum")
public class CompetenciesResource {

    @Inject
    Curriculum curriculum;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listCompetencies", summary = "Competencies, a page at a time")
    public Page<CompetencyView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return curriculum.competencies(PageRequest.of(page, size)).map(CompetencyView::of);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Operation(operationId = "createCompetency",
            summary = "Define a competency: {code, title, description?, level, validityMonths (null: never expires), "
            + "programmeCode, taughtByProgrammeCode?, refresherProgrammeCode?, refresherWindowDays? (90), prerequisites: [code], "
            + "expiryBase? (PREVIOUS_EXPIRY | COMPLETION_DATE | FIXED_DATE), fixedExpiryDay? (\"--08-31\"), "
            + "minimumActiveMonths? (FIXED_DATE: 1-11)}")
    public Response create(CompetencyForm form) {
        Competency competency = curriculum.createCompetency(ProgrammesResource.required(form));
        return Response.created(uri.getAbsolutePathBuilder().path(competency.getCode()).build())
                .entity(CompetencyView.of(competency)).build();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getCompetency", summary = "One competency")
    public CompetencyView get(@PathParam("code") String code) {
        return CompetencyView.of(curriculum.competency(code));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed("ADMIN")
    @Operation(operationId = "reviseCompetency",
            summary = "Revise a competency's details (its code, level and programme stay); a new expiry base applies "
            + "to later sign-offs only; stale version → 409")
    public CompetencyView revise(@PathParam("code") String code, CompetencyForm form) {
        return CompetencyView.of(curriculum.reviseCompetency(code, ProgrammesResource.required(form)));
    }
}
