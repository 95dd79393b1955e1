package uk.org.cascade.cohort.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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

    /** The statuses that take one of a cohort's places. */
    public static final Set<EnrolmentStatus> PLACE_HOLDING = Collections.unmodifiableSet(
            EnumSet.of(ENROLLED, COMPLETED));

    /** The statuses of someone who was given a place, whether or not they finished. */
    public static final Set<EnrolmentStatus> PLACED = Collections.unmodifiableSet(
            EnumSet.of(ENROLLED, COMPLETED, NOT_COMPLETED));

    /** Whether the person may still give up their place or their turn on the waiting list. */
    public boolean withdrawable() {
        return this == ENROLLED || this == WAITLISTED;
    }

    public boolean holdsPlace() {
        return PLACE_HOLDING.contains(this);
    }

    /** "{@code column} holds a place" in SQL, for an {@code enrolment.status} column. */
    public static String holdsPlaceSql(String column) {
        return column + " IN (" + String.join(", ", PLACE_HOLDING.stream().map(s -> "'" + s.name() + "'").toList()) + ")";
    }
}
