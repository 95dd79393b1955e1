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
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** An outside certification recorded by an administrator: the root of the cascade. */
    @Column(nullable = false, updatable = false)
    private boolean external;

    @ManyToOne
    @JoinColumn(name = "recorded_by", updatable = false)
    private Person recordedBy;

    /** Quoted on the certificate; anyone may check it at /verify/{code}. */
    @Column(name = "verification_code", updatable = false, unique = true, length = 32)
    private String verificationCode;

    protected SignOff() {
    }

    /**
     * What a sign-off is made from: a proposal the sign-off policy approved. Its one implementation is
     * {@code competency.control.SignOffPolicy.Approved}, which only the policy creates (SignOffApprovalTest
     * keeps it so); the entity cannot name it, as entities use nothing from control.
     */
    public interface Approval {

        Competency competency();

        LocalDate signedOn();

        Outcome outcome();

        String evidence();

        Long cohortId();

        boolean external();

        /** The first day held (when COMPETENT). */
        LocalDate validFrom();

        /** The first day no longer held; null when COMPETENT for good, or not COMPETENT. */
        LocalDate expiresOn();
    }

    /** The approved sign-off of {@code person} by {@code assessor}, as {@code recordedBy} recorded it. */
    public SignOff(Approval approved, Person person, Person assessor, Person recordedBy, Instant recordedAt,
                   String verificationCode) {
        this.person = person;
        this.competency = approved.competency();
        this.assessor = assessor;
        this.signedOn = approved.signedOn();
        this.outcome = approved.outcome();
        this.evidence = approved.evidence().strip();
        this.cohortId = approved.cohortId();
        this.external = approved.external();
        this.validFrom = approved.validFrom();
        this.expiresOn = outcome == Outcome.COMPETENT ? approved.expiresOn() : null;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.verificationCode = outcome == Outcome.COMPETENT ? verificationCode : null;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", person.getId());
        state.put("competency", competency.getCode());
        state.put("assessorId", assessor.getId());
        state.put("signedOn", signedOn.toString());
        state.put("outcome", outcome.name());
        state.put("external", external);
        state.put("cohortId", cohortId);
        state.put("validFrom", validFrom.toString());
        state.put("expiresOn", expiresOn == null ? null : expiresOn.toString());
        return state;
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

    public boolean isExternal() {
        return external;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }

    public String getVerificationCode() {
        return verificationCode;
    }
}
