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
import uk.org.cascade.learning.control.ModuleDrafts;
import uk.org.cascade.learning.control.ModuleReading;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.learning.control.ModuleForms.DraftForm;
import uk.org.cascade.learning.control.ModuleForms.PublishForm;
import uk.org.cascade.learning.control.ModuleViews.PagesView;
import uk.org.cascade.learning.entity.ContentVersion;
import uk.org.cascade.platform.ValidationFailure;

/** Authoring a module's content: the draft as a whole, then publishing it. */
@Path("v1/modules/{id}/draft")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class ModuleContentResource {

    @Inject
    ModuleDrafts drafts;

    @Inject
    ModuleReading reading;

    @Inject
    CurrentUser currentUser;

    @PUT
    @Operation(operationId = "saveModuleDraft",
            summary = "Replace the draft: {pages: [{title, html, videoUrl?}], passMark?, questions: [{text, answers: "
            + "[{text, correct, feedback?}]}]}. The html is sanitised (scripts, handlers, javascript: links removed); "
            + "videos must be https YouTube or Vimeo links (else 422). Administrators and the programme's trainers")
    public PagesView save(@PathParam("id") long id, DraftForm form) {
        if (form == null) {
            throw ValidationFailure.of("body", "a JSON body is required");
        }
        ContentVersion d = drafts.saveDraft(id, form, currentUser.account());
        return reading.pages(d.getModule().getId(), true, currentUser.account());
    }

    @POST
    @Path("publication")
    @Operation(operationId = "publishModule",
            summary = "Publish the draft: {requiresRestart?}. It replaces the current version when no learner has "
            + "started that one, else it becomes a new version; learners part-way through stay on theirs unless "
            + "requiresRestart. A page with an image without alt text → 422")
    public PagesView publish(@PathParam("id") long id, PublishForm form) {
        ContentVersion v = drafts.publish(id, form != null && Boolean.TRUE.equals(form.requiresRestart()),
                currentUser.account());
        return reading.pages(v.getModule().getId(), false, currentUser.account());
    }
}
