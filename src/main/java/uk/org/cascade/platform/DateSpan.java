package uk.org.cascade.platform;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A run of days, the one way Cascade says "from this day to that": {@code from} is the first day in it
 * (inclusive), {@code until} the first day after it (exclusive), and a null {@code until} means open-ended.
 * {@code until == from} is the empty span. A sign-off is held this way (its expiry is the first day not held);
 * an employment, which records its last working day, is {@link #through}{@code (start, end)}.
 */
public record DateSpan(LocalDate from, LocalDate until) {

    public DateSpan {
        Objects.requireNonNull(from, "a span has a first day");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a span cannot end (" + until + ") before it starts (" + from + ")");
        }
    }

    /** From {@code first} to {@code last}, both days included; open-ended when {@code last} is null. */
    public static DateSpan through(LocalDate first, LocalDate last) {
        return new DateSpan(first, last == null || last.equals(LocalDate.MAX) ? null : last.plusDays(1));
    }

    /** From {@code first} on, with no end. */
    public static DateSpan onwardsFrom(LocalDate first) {
        return new DateSpan(first, null);
    }

    public boolean isOpenEnded() {
        return until == null;
    }

    /** No day at all. */
    public boolean isEmpty() {
        return until != null && until.equals(from);
    }

    public boolean contains(LocalDate day) {
        return !from.isAfter(day) && (until == null || until.isAfter(day));
    }

    /** The last day in the span: the day before {@code until}; null when open-ended or empty. */
    public LocalDate lastDay() {
        return until == null || isEmpty() ? null : until.minusDays(1);
    }

    /** Whether some day is in both. */
    public boolean overlaps(DateSpan other) {
        return !isEmpty() && !other.isEmpty() && startsBeforeEndOf(other) && other.startsBeforeEndOf(this);
    }

    /** Whether no day lies between them: they overlap, or one ends where the other starts. */
    public boolean meets(DateSpan other) {
        return !from.isAfter(other.endOrMax()) && !other.from.isAfter(endOrMax());
    }

    /** The one span that covers both, which must {@link #meets meet}. */
    public DateSpan joinedWith(DateSpan other) {
        if (!meets(other)) {
            throw new IllegalArgumentException("spans with days between them do not join: " + this + ", " + other);
        }
        LocalDate first = from.isAfter(other.from) ? other.from : from;
        LocalDate end = until == null || other.until == null ? null : until.isAfter(other.until) ? until : other.until;
        return new DateSpan(first, end);
    }

    private boolean startsBeforeEndOf(DateSpan other) {
        return other.until == null || from.isBefore(other.until);
    }

    private LocalDate endOrMax() {
        return until == null ? LocalDate.MAX : until;
    }
}
