package uk.org.cascade.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.org.cascade.platform.control.Today;

/**
 * The one way Cascade writes a day or a moment for people, on pages, in mail, PDFs and spreadsheets alike:
 * "6 December 2026", and "6 December 2026, 14:05" in England's time (no seconds). Machines get ISO 8601 instead
 * (the API, CSV files); forms take {@link #INPUT_PATTERN}. Pages reach this through {@code Wording}.
 */
public final class Dates {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    public static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.UK);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    /** The one format for dates typed into forms (PrimeFaces' pattern letters, which this shares with java.time). */
    public static final String INPUT_PATTERN = "dd/MM/yyyy";

    /** The same with a time of day, for the one form that asks for a start and end time (a cohort's sessions). */
    public static final String INPUT_PATTERN_WITH_TIME = "dd/MM/yyyy HH:mm";

    /** The XLSX cells' display format: a real date that reads as {@link #DAY} does. */
    public static final String SPREADSHEET_DAY = "d mmmm yyyy";

    private Dates() {
    }

    /** "6 December 2026"; empty for no day. */
    public static String day(LocalDate day) {
        return day == null ? "" : day.format(DAY);
    }

    /** The day an instant falls on in England, as {@link #day(LocalDate)}. */
    public static String day(Instant instant) {
        return instant == null ? "" : day(instant.atZone(Today.ENGLAND).toLocalDate());
    }

    /** "6 December 2026, 14:05" in England's time; empty for no instant. */
    public static String dayAndTime(Instant instant) {
        return instant == null ? "" : instant.atZone(Today.ENGLAND).format(DAY_AND_TIME);
    }

    /** "6 December 2026, 14:05" for a time already on England's clock (a session's start). */
    public static String dayAndTime(LocalDateTime time) {
        return time == null ? "" : time.format(DAY_AND_TIME);
    }

    /** "14:05". */
    public static String time(LocalDateTime time) {
        return time == null ? "" : time.format(TIME);
    }

    /** "December 2026". */
    public static String month(YearMonth month) {
        return month == null ? "" : month.format(MONTH);
    }
}
