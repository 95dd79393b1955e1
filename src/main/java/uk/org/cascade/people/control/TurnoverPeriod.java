package uk.org.cascade.people.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.org.cascade.platform.Validation;

/**
 * The days "Joiners and leavers" counts, both ends included: the last {@code days} days up to today, or a chosen
 * range {@code from}–{@code to}. The API and the page read a request through {@link #of} alone, so both refuse
 * the same things with the same words.
 */
public record TurnoverPeriod(LocalDate from, LocalDate to) {

    public static final int DEFAULT_DAYS = 90;
    /** About ten years: enough for any report, and a bound on what one question may scan. */
    public static final int MAX_DAYS = 3660;

    /** The last {@code days} days, today being the last of them. */
    public static TurnoverPeriod lastDays(int days, LocalDate today) {
        return new TurnoverPeriod(today.minusDays(days - 1L), today);
    }

    /**
     * {@code days} (a whole number, 1 to {@value #MAX_DAYS}) or {@code from} and {@code to} (YYYY-MM-DD, from not
     * after to, at most {@value #MAX_DAYS} days); neither means the last {@value #DEFAULT_DAYS} days.
     */
    public static TurnoverPeriod of(String days, String from, String to, LocalDate today) {
        Validation check = new Validation();
        boolean range = present(from) || present(to);
        if (present(days)) {
            Integer n = wholeNumber(days);
            check.require(n != null && n >= 1 && n <= MAX_DAYS, "days", "days must be a whole number from 1 to " + MAX_DAYS)
                    .require(!range, "days", "give either days or from and to, not both");
            check.orThrow();
            return lastDays(n, today);
        }
        if (!range) {
            return lastDays(DEFAULT_DAYS, today);
        }
        LocalDate start = check.date(from, "from");
        LocalDate end = check.date(to, "to");
        check.require(present(from), "from", "from is required with to (YYYY-MM-DD)")
                .require(present(to), "to", "to is required with from (YYYY-MM-DD)")
                .require(start == null || end == null || !end.isBefore(start), "to", "to " + end + " is before from " + start)
                .require(start == null || end == null || end.isBefore(start)
                        || ChronoUnit.DAYS.between(start, end) < MAX_DAYS, "to", "a period is at most " + MAX_DAYS + " days");
        check.orThrow();
        return new TurnoverPeriod(start, end);
    }

    /** How many days the period counts, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
