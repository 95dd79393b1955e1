package uk.org.cascade.coverage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.platform.Conflict;

/**
 * A school falls below its coverage target because someone trained leaves: raised when the employment's end is
 * recorded, effective the day after their last day. Kept for the record; a coordinator acknowledges it.
 */
@Entity
@Table(name = "coverage_alert")
public class CoverageAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_urn", updatable = false)
    private School school;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @Column(name = "employment_id", nullable = false, updatable = false)
    private long employmentId;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "trained_staff", nullable = false, updatable = false)
    private int trainedStaff;

    @Column(nullable = false, updatable = false)
    private int target;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private Long acknowledgedBy;

    @Version
    private long version;

    protected CoverageAlert() {
    }

    public CoverageAlert(School school, Programme programme, long employmentId, LocalDate effectiveOn, int trainedStaff,
                         int target, Instant raisedAt) {
        if (trainedStaff >= target) {
            throw new IllegalArgumentException("An alert is for a school below its target");
        }
        this.school = school;
        this.programme = programme;
        this.employmentId = employmentId;
        this.effectiveOn = effectiveOn;
        this.trainedStaff = trainedStaff;
        this.target = target;
        this.raisedAt = raisedAt;
    }

    /** A coordinator has seen it and acted; once only. */
    public void acknowledge(long userId, Instant at) {
        if (acknowledgedAt != null) {
            throw new Conflict("This alert was acknowledged already");
        }
        acknowledgedAt = at;
        acknowledgedBy = userId;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("school", school.getUrn());
        state.put("programme", programme.getCode());
        state.put("effectiveOn", effectiveOn.toString());
        state.put("trainedStaff", trainedStaff);
        state.put("target", target);
        state.put("acknowledgedAt", acknowledgedAt == null ? null : acknowledgedAt.toString());
        return state;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public Programme getProgramme() {
        return programme;
    }

    public long getEmploymentId() {
        return employmentId;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public int getTrainedStaff() {
        return trainedStaff;
    }

    public int getTarget() {
        return target;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public long getVersion() {
        return version;
    }
}
