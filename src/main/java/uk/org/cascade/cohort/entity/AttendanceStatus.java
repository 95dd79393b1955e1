package uk.org.cascade.cohort.entity;

/** A mark for one learner at one session. Only PRESENT completes the live modules the session covers. */
public enum AttendanceStatus {
    PRESENT("Present"),
    ABSENT("Absent"),
    EXCUSED("Excused");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
