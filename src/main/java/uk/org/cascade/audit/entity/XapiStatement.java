package uk.org.cascade.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An xAPI statement waiting in the outbox for the learning record store, or kept after it went: written with the
 * event it reports, so a change that rolls back leaves none. Its id is the statement's id, so sending it again is
 * sending the same statement. Delivery (attempts, claims, outcome) is written by native SQL in
 * {@code audit.control.StatementOutbox}; the entity only ever inserts.
 */
@Entity
@Table(name = "xapi_statement")
public class XapiStatement {

    /** Where a statement stands with the learning record store. */
    public enum Status {
        /** Not yet accepted: waiting for its first send or for a retry. */
        PENDING,
        /** Stored by the LRS (or it had the same id already). */
        SENT,
        /** Refused by the LRS as malformed or forbidden; kept, never resent. */
        REJECTED
    }

    @Id
    @Column(length = 36, updatable = false)
    private String id;

    @Lob
    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Status status;

    @Column(nullable = false, updatable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false, updatable = false)
    private Instant nextAttemptAt;

    protected XapiStatement() {
    }

    /** A statement to send as soon as its transaction commits. */
    public XapiStatement(String id, String body, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.body = Objects.requireNonNull(body, "body");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Status.PENDING;
        this.nextAttemptAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }
}
