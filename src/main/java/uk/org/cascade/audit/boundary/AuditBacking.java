package uk.org.cascade.audit.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.org.cascade.audit.boundary.AuditResource.AuditView;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;

/** The audit trail page: newest first, paged in the database, filtered by entity type and id. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditTrail trail;

    private String entityType;
    private String entityId;

    private final LazyDataModel<AuditView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.page(entityType, entityId, PageRequest.of(0, 1)).total();
        }

        @Override
        public List<AuditView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<AuditView> page = trail.page(entityType, entityId, PageRequest.of(first / pageSize, pageSize))
                    .map(AuditView::of);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AuditView event) {
            return Long.toString(event.id());
        }
    };

    public LazyDataModel<AuditView> getModel() {
        return model;
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
