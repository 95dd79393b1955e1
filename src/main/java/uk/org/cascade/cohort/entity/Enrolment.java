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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Conflict;

/**
 * A person's place (or place in the queue) in a cohort, for the school they attend for. One per person per
 * cohort: withdrawing and coming back re-uses it, joining the back of the queue.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id", updatable = false)
    private Cohort cohort;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_urn")
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    /** Where a waiting-list place comes in the queue. */
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Version
    private long version;

    protected Enrolment() {
    }

    /** Enrolled when {@code placeFree}, else on the waiting list. */
    public Enrolment(Cohort cohort, Person person, School school, boolean placeFree, Instant requestedAt) {
        this.cohort = cohort;
        this.person = person;
        this.school = school;
        this.status = placeFree ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
        this.requestedAt = requestedAt;
    }

    /** A withdrawn person asks again: a fresh request, at the back of the queue. */
    public void rejoin(School forSchool, boolean placeFree, Instant requestedAt) {
        if (status != EnrolmentStatus.WITHDRAWN) {
            throw new Conflict("This person already has a place or a waiting-list place in this cohort ("
                    + status.name() + ")");
        }
        this.school = forSchool;
        this.status = placeFree ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
        this.requestedAt = requestedAt;
    }

    /** A freed place goes to this waiting person. */
    public void promote() {
        if (status != EnrolmentStatus.WAITLISTED) {
            throw new IllegalStateException("Only a waiting enrolment is promoted");
        }
        status = EnrolmentStatus.ENROLLED;
    }

    /** Gives up the place or the queue position; returns whether a place was freed. */
    public boolean withdraw() {
        if (!status.withdrawable()) {
            throw new Conflict("A " + status.name() + " enrolment cannot be withdrawn");
        }
        boolean freed = status == EnrolmentStatus.ENROLLED;
        status = EnrolmentStatus.WITHDRAWN;
        return freed;
    }

    /** Every module is complete. */
    public void complete(LocalDate on) {
        status = EnrolmentStatus.COMPLETED;
        completedOn = on;
    }

    /** A corrected attendance mark undid completion while the cohort still runs. */
    public void reopen() {
        status = EnrolmentStatus.ENROLLED;
        completedOn = null;
    }

    /** The cohort closed: a learner with a place who had not finished has not completed. */
    public void closeWith(CohortStatus cohortStatus) {
        if (cohortStatus == CohortStatus.COMPLETED && status == EnrolmentStatus.ENROLLED) {
            status = EnrolmentStatus.NOT_COMPLETED;
        } else if (status == EnrolmentStatus.WAITLISTED
                || (cohortStatus == CohortStatus.CANCELLED && status == EnrolmentStatus.ENROLLED)) {
            status = EnrolmentStatus.WITHDRAWN;
        }
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("cohortId", cohort.getId());
        state.put("personId", person.getId());
        state.put("schoolUrn", school.getUrn());
        state.put("status", status.name());
        state.put("completedOn", completedOn == null ? null : completedOn.toString());
        return state;
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Person getPerson() {
        return person;
    }

    public School getSchool() {
        return school;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public long getVersion() {
        return version;
    }
}
