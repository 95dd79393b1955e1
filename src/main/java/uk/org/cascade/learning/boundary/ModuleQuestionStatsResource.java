package uk.org.cascade.learning.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.learning.control.KnowledgeChecks;
import uk.org.cascade.security.control.CurrentUser;
import java.util.List;
import uk.org.cascade.learning.control.ModuleViews.QuestionStatView;

/** Which questions a cohort's learners get wrong, so that the trainer can fix the teaching. */
@Path("v1/modules/{id}/question-stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class ModuleQuestionStatsResource {

    @Inject
    KnowledgeChecks checks;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getModuleQuestionStats",
            summary = "?cohort=id: per question, how many answers across the cohort's attempts and the share right, "
            + "hardest first. The cohort's trainers and coordinators")
    public List<QuestionStatView> stats(@PathParam("id") long id, @QueryParam("cohort") Long cohort) {
        if (cohort == null) {
            throw uk.org.cascade.platform.ValidationFailure.of("cohort", "cohort is required");
        }
        return checks.questionStats(cohort, id, currentUser.account());
    }
}
