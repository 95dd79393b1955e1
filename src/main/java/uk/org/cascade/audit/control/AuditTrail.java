package uk.org.cascade.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.Principal;
import java.util.List;
import uk.org.cascade.audit.entity.AuditEvent;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.control.Json;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.platform.control.Today;

/**
 * Writes audit events inside the caller's transaction, so a change and its record commit or fail
 * together, and pages through them for administrators.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Today today;

    /** {@code before} and {@code after} are snapshots (maps or records) of the record, or null. */
    @Transactional(TxType.MANDATORY)
    public void record(String entityType, Object entityId, String action, Object before, Object after) {
        em.persist(new AuditEvent(today.now(), actor(), entityType, String.valueOf(entityId), action,
                before == null ? null : Json.JSONB.toJson(before), after == null ? null : Json.JSONB.toJson(after)));
    }

    /** Newest first; filters are optional. */
    public Page<AuditEvent> page(String entityType, String entityId, PageRequest request) {
        String where = " WHERE (:type IS NULL OR e.entityType = :type) AND (:id IS NULL OR e.entityId = :id)";
        TypedQuery<AuditEvent> items = em.createQuery(
                "SELECT e FROM AuditEvent e" + where + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("type", blankToNull(entityType)).setParameter("id", blankToNull(entityId));
        }
        List<AuditEvent> rows = items.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return new Page<>(rows, request.page(), request.size(), count.getSingleResult());
    }

    private String actor() {
        try {
            Principal caller = security.getCallerPrincipal();
            return caller == null ? SYSTEM : caller.getName();
        } catch (IllegalStateException outsideARequest) {
            // Startup work (first administrator, demo data) runs with no caller.
            return SYSTEM;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
