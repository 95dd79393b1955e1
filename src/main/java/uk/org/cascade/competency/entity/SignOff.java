package uk.org.cascade.competency.entity;

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
import java.time.LocalDate;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.people.entity.Person;

/**
 * An assessor's record that a learner is (or is not yet) competent, held from {@code validFrom} until
 * {@code expiresOn} (exclusive). Append-only: no column is ever updated.
 */
@Entity
@Table(name = "sign_off")
public class SignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "competency_id", updatable = false)
    private Competency competency;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessor_id", updatable = false)
    private Person assessor;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Outcome outcome;

    @Column(updatable = false, length = 4000)
    private String evidence;

    @Column(name = "cohort_id", updatable = false)
    private Long cohortId;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected SignOff() {
    }

    /** A first sign-off: held from its date for the competency's validity. */
    public SignOff(Person person, Competency competency, Person assessor, LocalDate signedOn, Outcome outcome,
                   String evidence, Long cohortId, Instant recordedAt) {
        this.person = person;
        this.competency = competency;
        this.assessor = assessor;
        this.signedOn = signedOn;
        this.outcome = outcome;
        this.evidence = evidence;
        this.cohortId = cohortId;
        this.validFrom = signedOn;
        this.expiresOn = competency.expiryFrom(signedOn).orElse(null);
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Competency getCompetency() {
        return competency;
    }

    public Person getAssessor() {
        return assessor;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getEvidence() {
        return evidence;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
