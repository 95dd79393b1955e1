package uk.org.cascade.refresher.entity;

import java.time.LocalDate;

/**
 * One step of a reminder ladder: the day, counted in days before a holding's expiry (0 is the expiry day itself, when
 * the competency lapses; negative is after it), and who hears besides the holder, who always does.
 */
public record LadderStep(int daysBeforeExpiry, boolean coordinators, boolean supervisor) {

    /** A year before expiry at the earliest: a reminder earlier than that is news of nothing. */
    public static final int EARLIEST = 365;
    /** Two months after lapse at the latest. */
    public static final int LATEST = -60;

    public LadderStep {
        if (daysBeforeExpiry > EARLIEST || daysBeforeExpiry < LATEST) {
            throw new IllegalArgumentException("daysBeforeExpiry must be from " + LATEST + " to " + EARLIEST);
        }
    }

    /** The day this step is due for a holding that expires (exclusive) on {@code expiry}. */
    public LocalDate dueOn(LocalDate expiry) {
        return expiry.minusDays(daysBeforeExpiry);
    }

    /** Before the expiry day (the holder still holds it); otherwise at or after lapse. */
    public boolean isBeforeExpiry() {
        return daysBeforeExpiry > 0;
    }

    /** "90 days before expiry", "1 day before expiry", "at lapse", "14 days after lapse". */
    public String when() {
        if (daysBeforeExpiry == 0) {
            return "at lapse";
        }
        int days = Math.abs(daysBeforeExpiry);
        return days + (days == 1 ? " day " : " days ") + (daysBeforeExpiry > 0 ? "before expiry" : "after lapse");
    }

    /** "the holder", "the holder and their coordinators", "the holder, their coordinators and their supervisor". */
    public String audience() {
        if (coordinators && supervisor) {
            return "the holder, their coordinators and their supervisor";
        }
        return coordinators ? "the holder and their coordinators"
                : supervisor ? "the holder and their supervisor" : "the holder";
    }

    /** "90 days before expiry — the holder and their coordinators". */
    public String words() {
        return capitalised(when()) + " — " + audience();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
