package uk.org.cascade.competency.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Holding arithmetic. A COMPETENT, non-revoked sign-off covers [from, until); overlapping or touching
 * sign-offs make one continuous holding. Renewal while held extends from the current expiry; renewal after
 * a lapse runs from its own date.
 */
public final class Holding {

    /** A span of holding; {@code until} is exclusive, null when it never expires. */
    public record Span(LocalDate from, LocalDate until) {

        boolean covers(LocalDate day) {
            return !from.isAfter(day) && (until == null || until.isAfter(day));
        }
    }

    private Holding() {
    }

    /** The continuous holding that covers {@code day}, from its first day, if any. */
    public static Optional<Span> on(List<Span> signOffs, LocalDate day) {
        return merged(signOffs).stream().filter(s -> s.covers(day)).findFirst();
    }

    /** The spans joined where they overlap or touch, earliest first. */
    public static List<Span> merged(List<Span> signOffs) {
        List<Span> sorted = signOffs.stream().sorted(Comparator.comparing(Span::from)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span next : sorted) {
            if (!merged.isEmpty()) {
                Span last = merged.get(merged.size() - 1);
                if (last.until() == null || !next.from().isAfter(last.until())) {
                    LocalDate until = last.until() == null || next.until() == null ? null
                            : next.until().isAfter(last.until()) ? next.until() : last.until();
                    merged.set(merged.size() - 1, new Span(last.from(), until));
                    continue;
                }
            }
            merged.add(next);
        }
        return merged;
    }

    /**
     * When a COMPETENT sign-off on {@code date} expires: {@code validityMonths} after the current expiry
     * while the competency is still held that day, else after {@code date}; never, without a validity.
     * Month ends clamp: 2024-01-31 plus one month is 2024-02-29.
     */
    public static LocalDate expiry(Optional<Span> heldThatDay, LocalDate date, Integer validityMonths) {
        if (validityMonths == null) {
            return null;
        }
        if (heldThatDay.isPresent()) {
            LocalDate current = heldThatDay.get().until();
            return current == null ? null : current.plusMonths(validityMonths);
        }
        return date.plusMonths(validityMonths);
    }
}
