package uk.org.cascade.cohort.entity;

/** Where a person stands in a cohort. ENROLLED and COMPLETED hold a place. */
public enum EnrolmentStatus {
    WAITLISTED("Waiting list"),
    ENROLLED("Enrolled"),
    WITHDRAWN("Withdrawn"),
    COMPLETED("Completed"),
    NOT_COMPLETED("Not completed");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean holdsPlace() {
        return this == ENROLLED || this == COMPLETED;
    }
}
