package uk.org.cascade.audit.boundary;

import java.io.Serializable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.audit.entity.AuditEvent;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;

/** The audit trail, newest first: administrators only. */
@Path("v1/audit")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    /** {@code before} and {@code after} are the record's JSON snapshots, as text. */
    public record AuditView(long id, Instant at, String actor, String entityType, String entityId, String action,
                            String before, String after) implements Serializable {

        static AuditView of(AuditEvent e) {
            return new AuditView(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityId(),
                    e.getAction(), e.getBefore(), e.getAfter());
        }
    }

    @Inject
    AuditTrail trail;

    @GET
    @Operation(operationId = "listAuditEvents",
            summary = "Audit events, newest first, optionally for one entity type and id")
    public Page<AuditView> list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return trail.page(entityType, entityId, PageRequest.of(page, size)).map(AuditView::of);
    }
}
