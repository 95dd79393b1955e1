package uk.org.cascade.curriculum.entity;

/**
 * What a competency about programme P authorises: practising P, leading P's cohorts and signing off its
 * practitioners, or supervising P's practitioners.
 */
public enum Level {
    PRACTITIONER("Practitioner"),
    TRAINER("Trainer"),
    SUPERVISOR("Supervisor");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
