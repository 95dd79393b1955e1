package uk.org.cascade.refresher.entity;

/** The three refresher reminders of one holding, each sent once. */
public enum ReminderKind {

    /** The refresher window has opened: time to book a refresher. */
    WINDOW_OPEN("Your refresher window is open"),
    /** 30 days before expiry. */
    EXPIRES_SOON("30 days left"),
    /** The expiry day: the competency has lapsed. */
    LAPSED("lapsed");

    private final String label;

    ReminderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
