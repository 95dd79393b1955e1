package uk.org.cascade.refresher.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.refresher.control.RefresherScheduler;

/** Runs the daily refresher job on demand. */
@Path("v1/refresher/run")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "refresher")
public class RefresherRunResource {

    @Inject
    RefresherScheduler scheduler;

    @POST
    @Operation(operationId = "runRefresherScheduler",
            summary = "Run the refresher scheduler as of `date` (YYYY-MM-DD, default today in England; a future date "
            + "is 422): places everyone whose refresher window is open, who holds the competency and works at a school "
            + "that day and has no refresher place, in the earliest OPEN refresher cohort that starts after that day and "
            + "ends before their expiry (their local authority's first, then their region's, then one for no area; a "
            + "free place anywhere before a waiting list), and sends the steps of each competency's reminder ladder due "
            + "that day (each once per holding; one missed by downtime up to 7 days late). Once per date: a second "
            + "run of the same date changes nothing and answers alreadyRun=true with the first run's counts. Answers "
            + "{date, alreadyRun, enrolled, waitlisted, unplaced, reminders, placements: [{personId, cohortId, status}], "
            + "unmetDemand: [{localAuthority, localAuthorityName, month, programmeId, places}]}; reminders counts the "
            + "holders reminded")
    public RefresherScheduler.Result run(@QueryParam("date") String date) {
        Validation check = new Validation();
        LocalDate today = scheduler.today();
        LocalDate day = check.date(date, "date");
        check.require(day == null || !day.isAfter(today), "date", "date must not be after today (" + today + ")");
        check.orThrow();
        return scheduler.run(day == null ? today : day);
    }
}
