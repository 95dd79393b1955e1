package uk.org.cascade.refresher.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A stored step of a competency's own ladder; replaced as a whole when the ladder changes, never edited. */
@Entity
@Table(name = "reminder_step")
public class ReminderStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ladder_id", nullable = false, updatable = false)
    private ReminderLadder ladder;

    @Column(name = "days_before_expiry", nullable = false, updatable = false)
    private int daysBeforeExpiry;

    @Column(name = "notify_coordinators", nullable = false, updatable = false)
    private boolean notifyCoordinators;

    @Column(name = "notify_supervisor", nullable = false, updatable = false)
    private boolean notifySupervisor;

    protected ReminderStep() {
    }

    public ReminderStep(ReminderLadder ladder, LadderStep step) {
        this.ladder = Objects.requireNonNull(ladder, "ladder");
        this.daysBeforeExpiry = step.daysBeforeExpiry();
        this.notifyCoordinators = step.coordinators();
        this.notifySupervisor = step.supervisor();
    }

    public LadderStep step() {
        return new LadderStep(daysBeforeExpiry, notifyCoordinators, notifySupervisor);
    }

    public ReminderLadder getLadder() {
        return ladder;
    }
}
