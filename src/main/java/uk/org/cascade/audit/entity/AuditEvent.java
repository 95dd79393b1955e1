package uk.org.cascade.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change. Append-only: no column may be updated, and nothing deletes a row. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** The caller's sign-in (email), or {@code system} for startup work. */
    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false, length = 60)
    private String entityId;

    @Column(nullable = false, updatable = false, length = 40)
    private String action;

    @Lob
    @Column(name = "before_json", updatable = false)
    private String before;

    @Lob
    @Column(name = "after_json", updatable = false)
    private String after;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String entityType, String entityId, String action,
                      String before, String after) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
