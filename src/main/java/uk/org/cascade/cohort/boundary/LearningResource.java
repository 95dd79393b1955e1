package uk.org.cascade.cohort.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.cohort.boundary.CohortViews.ProgressView;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.CohortCompletion;
import uk.org.cascade.security.control.CurrentUser;

/** The caller's own learning and calendar. */
@Path("v1/me/learning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cohort")
public class LearningResource {

    @Inject
    Learning learning;

    @Inject
    CohortCompletion completion;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "listMyLearning",
            summary = "The caller's enrolments, newest first, with progress through each module")
    public List<ProgressView> mine() {
        return learning.of(currentUser.account().getPerson().getId());
    }

    @POST
    @Path("{enrolmentId}/modules/{moduleId}/completion")
    @Operation(operationId = "completeSelfPacedModule",
            summary = "Mark a self-paced module of your own enrolment done; live modules → 422")
    public ProgressView complete(@PathParam("enrolmentId") long enrolmentId, @PathParam("moduleId") long moduleId) {
        return learning.progress(completion.completeModule(enrolmentId, moduleId, CohortReach.of(currentUser.account())));
    }

    @GET
    @Path("calendar")
    @Operation(operationId = "getMyCalendarFeed",
            summary = "{url}: the caller's private iCalendar feed of the sessions they attend or lead")
    public Map<String, String> calendar() {
        return Map.of("url", learning.calendarUrl(currentUser.account().getPerson().getId(), false));
    }

    @POST
    @Path("calendar/renewal")
    @Operation(operationId = "renewMyCalendarFeed", summary = "A new private feed address; the old one stops working")
    public Map<String, String> renewCalendar() {
        return Map.of("url", learning.calendarUrl(currentUser.account().getPerson().getId(), true));
    }
}
