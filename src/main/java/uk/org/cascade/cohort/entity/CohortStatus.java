package uk.org.cascade.cohort.entity;

import java.util.Set;

/** A cohort's life: drafted, open for enrolment, running, then completed; or cancelled before completion. */
public enum CohortStatus {
    DRAFT("Draft"),
    OPEN("Open for enrolment"),
    RUNNING("Running"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String label;

    CohortStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The statuses this one may move to. */
    public Set<CohortStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(OPEN, CANCELLED);
            case OPEN -> Set.of(RUNNING, CANCELLED);
            case RUNNING -> Set.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> Set.of();
        };
    }

    public boolean takesEnrolments() {
        return this == OPEN || this == RUNNING;
    }

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
