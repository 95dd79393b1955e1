package uk.org.cascade.people.boundary;

import java.time.LocalDate;

/** Dates in the forms the people pages send (their messages write days with {@code Dates.day}). */
final class StaffDates {

    private StaffDates() {
    }

    /** What the API's forms take: YYYY-MM-DD, or null when nothing was entered. */
    static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
