package uk.org.cascade.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import uk.org.cascade.platform.Dates;

/**
 * The plain English every page and export shares, so that one date reads "6 December 2026" everywhere and
 * counts agree with their nouns. Usable from pages as {@code #{wording.date(day)}} and from Java directly.
 */
@Named("wording")
@ApplicationScoped
public class Wording {

    /** How {@link Dates#INPUT_PATTERN}, the one input format for dates on forms, is shown to people. */
    public static final String INPUT_HINT = "For example, 06/12/2026 (day/month/year)";

    /** The hint for the one input that also takes a time of day ({@link Dates#INPUT_PATTERN_WITH_TIME}). */
    public static final String INPUT_HINT_WITH_TIME = "For example, 06/12/2026 14:05 (day/month/year, then the time)";

    private static final String GIAS_PREFIX = "(England/Wales) ";

    /** {@link #INPUT_HINT}, for pages. */
    public String getInputHint() {
        return INPUT_HINT;
    }

    /** {@link #INPUT_HINT_WITH_TIME}, for pages. */
    public String getInputHintWithTime() {
        return INPUT_HINT_WITH_TIME;
    }

    /** {@link Dates#INPUT_PATTERN}, for pages' date pickers: {@code pattern="#{wording.inputPattern}"}. */
    public String getInputPattern() {
        return Dates.INPUT_PATTERN;
    }

    /** "6 December 2026"; empty for no day. */
    public String date(LocalDate day) {
        return Dates.day(day);
    }

    /** The day an instant falls on in England, as {@link #date(LocalDate)}. */
    public String date(Instant instant) {
        return Dates.day(instant);
    }

    /** "6 December 2026, 14:05" in England's time, to the minute; empty for no instant. */
    public String dateTime(Instant instant) {
        return Dates.dayAndTime(instant);
    }

    /** "1 school", "2 schools", "0 schools". */
    public String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A GIAS classification as people say it: "Rural town and fringe", not "(England/Wales) Rural town and fringe". */
    public String gias(String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        return v.startsWith(GIAS_PREFIX) ? v.substring(GIAS_PREFIX.length()).strip() : v;
    }

    /**
     * A status constant in words: {@code AT_RISK} → "At risk", {@code NOT_STARTED} → "Not started",
     * {@code OPEN} → "Open". Takes the enum itself or its name, so that any context's statuses read alike.
     */
    public String status(Object status) {
        if (status == null) {
            return "";
        }
        String name = status instanceof Enum<?> e ? e.name() : status.toString().strip();
        if (name.isEmpty()) {
            return "";
        }
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
