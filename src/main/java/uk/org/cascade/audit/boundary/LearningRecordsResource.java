package uk.org.cascade.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.audit.control.LearningRecords;
import uk.org.cascade.audit.control.StatementOutbox.Health;

/** The xAPI outbox's health, for operators: administrators only. */
@Path("v1/learning-records")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class LearningRecordsResource {

    @Inject
    LearningRecords records;

    @GET
    @Operation(operationId = "getLearningRecordsOutbox",
            summary = "How many xAPI statements wait for the learning record store, were sent, or were refused",
            description = "{\"configured\",\"pending\",\"sent\",\"rejected\",\"oldestPending\"}: configured is false "
                    + "when CASCADE_XAPI_ENDPOINT is not set (then nothing is recorded); oldestPending is when the "
                    + "oldest statement still waiting was written, or null.")
    public Health outbox() {
        return records.health();
    }

    @POST
    @Path("retry")
    @Operation(operationId = "retryLearningRecords",
            summary = "Send every waiting xAPI statement now instead of after its back-off (the LRS is back)",
            description = "202 with the outbox's counts as they were when sending began; sending happens in the "
                    + "background. 409 when no learning record store is set.")
    public Response retry() {
        records.retryNow();
        return Response.accepted(records.health()).build();
    }
}
