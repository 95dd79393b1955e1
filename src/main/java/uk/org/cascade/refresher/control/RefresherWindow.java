package uk.org.cascade.refresher.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.org.cascade.competency.control.Holding;
import uk.org.cascade.platform.DateSpan;

/**
 * The refresher window of one holding: it opens {@code windowDays} before the holding's expiry (the expiry of
 * the holding as a whole, renewals merged, not of one sign-off) and closes at expiry, when the competency lapses.
 * {@code expiry} is exclusive, like a sign-off's: the holder no longer holds the competency on that day. Reminders
 * follow the competency's {@link Ladder}, not the window.
 */
public record RefresherWindow(LocalDate expiry, int windowDays) {

    public RefresherWindow {
        Objects.requireNonNull(expiry, "expiry");
        if (windowDays < 1) {
            throw new IllegalArgumentException("windowDays must be at least 1");
        }
    }

    /**
     * The window of the holding that covers {@code day}, from the person's sign-off spans for one competency; empty
     * when nothing covers that day or the holding never expires.
     */
    public static Optional<RefresherWindow> onDay(List<DateSpan> signOffs, LocalDate day, int windowDays) {
        return Holding.on(signOffs, day).filter(s -> s.until() != null).map(s -> new RefresherWindow(s.until(), windowDays));
    }

    /** The first day of the window. */
    public LocalDate opensOn() {
        return expiry.minusDays(windowDays);
    }

    /** Open from {@link #opensOn()} up to, not including, the expiry day. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn()) && day.isBefore(expiry);
    }

    /** Lapsed from the expiry day on (unless a renewal made a new holding, with a new window). */
    public boolean hasLapsedOn(LocalDate day) {
        return !day.isBefore(expiry);
    }

    /**
     * The month a refresher place is needed in, seen from {@code asOf}: the month the window opens, or the month
     * of {@code asOf} when it is already open.
     */
    public YearMonth demandMonth(LocalDate asOf) {
        return YearMonth.from(opensOn().isAfter(asOf) ? opensOn() : asOf);
    }
}
