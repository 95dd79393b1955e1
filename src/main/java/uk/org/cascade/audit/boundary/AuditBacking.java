package uk.org.cascade.audit.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import uk.org.cascade.platform.boundary.PagedModel;
import uk.org.cascade.audit.boundary.AuditResource.AuditView;
import uk.org.cascade.audit.control.AuditTrail;

/** The audit trail page: newest first, paged in the database, filtered by entity type and id. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    private String entityType;
    private String entityId;

    private final PagedModel<AuditView> model = new PagedModel<>(slice -> trail.page(entityType, entityId, slice.page()).map(AuditView::of),
            event -> Long.toString(event.id()));

    public PagedModel<AuditView> getModel() {
        return model;
    }

    /** The record types the filter offers: stored name → words. */
    public Map<String, String> getTypes() {
        return AuditWords.TYPES;
    }

    /** "Sign-off" for {@code SignOff}. */
    public String type(String stored) {
        return AuditWords.type(stored);
    }

    /** "Status changed to running" for {@code STATUS_RUNNING}. */
    public String action(String stored) {
        return AuditWords.action(stored);
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }
}
