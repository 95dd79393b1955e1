package uk.org.cascade.people.boundary;

import java.time.LocalDate;
import uk.org.cascade.platform.boundary.Wording;

/** Dates in the people pages' messages ({@link Wording#DAY}, "6 December 2026") and in the forms they send. */
final class StaffDates {

    private StaffDates() {
    }

    static String show(LocalDate day) {
        return day == null ? "" : day.format(Wording.DAY);
    }

    /** What the API's forms take: YYYY-MM-DD, or null when nothing was entered. */
    static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
