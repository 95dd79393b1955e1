package uk.org.cascade.cohort.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.org.cascade.people.entity.Person;

/** One attendance mark, never changed: a correction is a later mark, and the latest one counts. */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id", updatable = false)
    private Enrolment enrolment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", updatable = false)
    private Session session;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private AttendanceStatus status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recorded_by", updatable = false)
    private Person recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Attendance() {
    }

    public Attendance(Enrolment enrolment, Session session, AttendanceStatus status, Person recordedBy, Instant recordedAt) {
        this.enrolment = enrolment;
        this.session = session;
        this.status = status;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public Session getSession() {
        return session;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
