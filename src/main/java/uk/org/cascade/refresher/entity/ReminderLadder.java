package uk.org.cascade.refresher.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import uk.org.cascade.curriculum.entity.Competency;

/**
 * A competency's own reminder ladder, set by an administrator; its steps are {@link ReminderStep} rows. A competency
 * without one uses the default ladder. The row is what a change is versioned against: replacing the steps touches it,
 * so two administrators editing the same ladder cannot both win.
 */
@Entity
@Table(name = "reminder_ladder")
public class ReminderLadder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "competency_id", nullable = false, updatable = false, unique = true)
    private Competency competency;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected ReminderLadder() {
    }

    public ReminderLadder(Competency competency, Instant at) {
        this.competency = Objects.requireNonNull(competency, "competency");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    /** The steps were replaced at {@code at}: a new version. */
    public void changed(Instant at) {
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Competency getCompetency() {
        return competency;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
