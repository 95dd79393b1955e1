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
import uk.org.cascade.learning.control.ModuleForms.AttemptForm;

/** Attempts at a module's knowledge check. */
@Path("v1/modules/{id}/attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class ModuleAttemptsResource {

    @Inject
    KnowledgeChecks checks;

    @Inject
    CurrentUser currentUser;

    @POST
    @Operation(operationId = "recordModuleAttempt",
            summary = "Answer the check: {enrolmentId?, answers: [{questionId, answerIds: []}]} → 201 {attemptId, "
            + "score, total, percent, passMark, passed, moduleCompleted, questions: [{questionId, correct, chosen: "
            + "[{answerId, correct, feedback}]}]}. Unanswered questions are wrong; unlimited attempts; passing completes "
            + "the module. Unknown question or answer, two answers to a single-answer question → 422")
    public Response attempt(@PathParam("id") long id, AttemptForm form) {
        KnowledgeChecks.Outcome outcome = checks.attempt(id, form, currentUser.account());
        return Response.status(Response.Status.CREATED).entity(outcome.view())
                .location(java.net.URI.create("/api/v1/modules/" + id + "/attempts/" + outcome.attempt().getId())).build();
    }
}
