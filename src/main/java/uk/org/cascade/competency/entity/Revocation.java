package uk.org.cascade.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.org.cascade.people.entity.Person;

/** The correction of a mistaken sign-off: it no longer counts, and the reason says why. Append-only. */
@Entity
@Table(name = "sign_off_revocation")
public class Revocation {

    @Id
    @Column(name = "sign_off_id")
    private Long signOffId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "sign_off_id")
    private SignOff signOff;

    @Column(nullable = false, updatable = false, length = 1000)
    private String reason;

    @ManyToOne(optional = false)
    @JoinColumn(name = "revoked_by", updatable = false)
    private Person revokedBy;

    @Column(name = "revoked_at", nullable = false, updatable = false)
    private Instant revokedAt;

    protected Revocation() {
    }

    public Revocation(SignOff signOff, String reason, Person revokedBy, Instant revokedAt) {
        this.signOff = signOff;
        this.reason = reason;
        this.revokedBy = revokedBy;
        this.revokedAt = revokedAt;
    }

    public SignOff getSignOff() {
        return signOff;
    }

    public String getReason() {
        return reason;
    }

    public Person getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
