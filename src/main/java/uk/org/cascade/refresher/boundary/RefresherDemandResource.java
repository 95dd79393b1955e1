package uk.org.cascade.refresher.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.security.control.CurrentUser;

/** Refresher places needed, for planning refresher cohorts. */
@Path("v1/refresher/demand")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "COORDINATOR"})
@Tag(name = "refresher")
public class RefresherDemandResource {

    @Inject
    RefresherDemand demand;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getRefresherDemand",
            summary = "Refresher places needed per local authority (of the person's school today), month and refresher "
            + "programme: people who hold a competency whose refresher window is open or opens within `months` months "
            + "(default 12, at most 36; this month counts as the first), who work at a school, have no refresher place "
            + "and for whom no OPEN refresher cohort fits. `month` (YYYY-MM) is when the window opens, or this month if "
            + "it is open already. Administrators see every local authority, coordinators their scope; `la` outside it "
            + "is 403, unknown 404. Answers {asOf, months, places, demand: [{localAuthority, localAuthorityName, month, "
            + "programmeCode, programmeTitle, places}]}")
    public RefresherDemand.Demand get(@QueryParam("la") String la, @QueryParam("months") String months) {
        return demand.demand(la, months, currentUser.account());
    }
}
