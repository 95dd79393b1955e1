package uk.org.cascade.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates on the people pages as people write them ("6 December 2026"); entered as day/month/year. */
@Named
@ApplicationScoped
public class StaffDates {

    /** The pattern of the date pickers, and the hint beside them. */
    public static final String INPUT_PATTERN = "dd/MM/yyyy";
    public static final String INPUT_HINT = "Day/month/year, for example 06/12/2026";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public static String show(LocalDate day) {
        return day == null ? "" : day.format(DAY);
    }

    /** For pages: {@code #{staffDates.day(e.startDate)}}. */
    public String day(LocalDate day) {
        return show(day);
    }

    public String getPattern() {
        return INPUT_PATTERN;
    }

    public String getHint() {
        return INPUT_HINT;
    }

    /** What the API's forms take: YYYY-MM-DD, or null when nothing was entered. */
    static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
