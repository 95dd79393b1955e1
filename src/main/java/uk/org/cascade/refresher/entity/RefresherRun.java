package uk.org.cascade.refresher.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The day the refresher scheduler ran as of, and what it did. The row is the claim (its run date is unique,
 * inserted in the run's own transaction), so a day's work is done once across a cluster; the counts let a
 * repeated run say what the first one did.
 */
@Entity
@Table(name = "refresher_run")
public class RefresherRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_date", nullable = false, updatable = false, unique = true)
    private LocalDate runDate;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private int enrolled;

    @Column(nullable = false)
    private int waitlisted;

    @Column(nullable = false)
    private int unplaced;

    @Column(nullable = false)
    private int reminders;

    protected RefresherRun() {
    }

    public Long getId() {
        return id;
    }

    public LocalDate getRunDate() {
        return runDate;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public int getEnrolled() {
        return enrolled;
    }

    public int getWaitlisted() {
        return waitlisted;
    }

    public int getUnplaced() {
        return unplaced;
    }

    public int getReminders() {
        return reminders;
    }
}
