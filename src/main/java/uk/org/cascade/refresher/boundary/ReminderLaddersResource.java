package uk.org.cascade.refresher.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.refresher.control.ReminderLadders;
import uk.org.cascade.refresher.control.ReminderLadders.Current;
import uk.org.cascade.refresher.control.ReminderLadders.LadderForm;
import uk.org.cascade.refresher.entity.LadderStep;
import uk.org.cascade.security.control.CurrentUser;

/** A competency's reminder ladder: read by anyone signed in (like the competency), set by administrators. */
@Path("v1/competencies/{code}/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "refresher")
public class ReminderLaddersResource {

    /** A step as the API shows it, with its plain-English description. */
    public record StepView(int daysBeforeExpiry, boolean coordinators, boolean supervisor, String description) {

        static StepView of(LadderStep s) {
            return new StepView(s.daysBeforeExpiry(), s.coordinators(), s.supervisor(), s.words());
        }
    }

    public record LadderView(String competencyCode, boolean usesDefault, List<StepView> steps, long version) {

        static LadderView of(Current c) {
            return new LadderView(c.competency().getCode(), c.usesDefault(),
                    c.ladder().steps().stream().map(StepView::of).toList(), c.version());
        }
    }

    @Inject
    ReminderLadders ladders;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getReminderLadder",
            summary = "The competency's reminder ladder, earliest step first: {competencyCode, usesDefault, steps: "
            + "[{daysBeforeExpiry (0 at lapse, negative after it), coordinators, supervisor, description}], version}. "
            + "Without a ladder of its own a competency uses the default (90, 60, 30 and 7 days before expiry, at "
            + "lapse, 14 days after; the holder alone), at version 0")
    public LadderView get(@PathParam("code") String code) {
        return LadderView.of(ladders.current(code));
    }

    @PUT
    @RolesAllowed("ADMIN")
    @Operation(operationId = "setReminderLadder",
            summary = "Replace the competency's reminder ladder: {steps: [{daysBeforeExpiry, coordinators?, "
            + "supervisor?}], version}. 1 to 10 steps, each from -60 (60 days after lapse) to 365 days before expiry, "
            + "no day twice (422 naming the step, e.g. steps[2].daysBeforeExpiry); the holder always hears, "
            + "coordinators of their school's area and their latest supervisor when the step says so. A stale version "
            + "is 409. Steps already sent for a holding are not sent again")
    public LadderView set(@PathParam("code") String code, LadderForm form) {
        return LadderView.of(ladders.set(code, form, currentUser.account()));
    }
}
