package uk.org.cascade.refresher.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.org.cascade.platform.control.Today;

/**
 * Which refresher cohort a person gets: among the OPEN cohorts of the refresher programme that start after the
 * run's day and whose last session ends before the person's expiry, those for their school's local authority
 * first, then those for another local authority of the same region, then those for no particular area; within
 * each, the earliest first. The first of these with a free place wins; when all are full, the person joins the
 * waiting list of the first: a place in a neighbouring area beats a waiting list at home.
 */
public final class RefresherPlacement {

    /** How close a cohort is to the person's school, best first. */
    public enum Nearness {
        SAME_LOCAL_AUTHORITY, SAME_REGION, ANY_AREA
    }

    /** A refresher cohort that may take people: its area (both null for no area), dates and free places now. */
    public record Option(long cohortId, Integer localAuthority, String region, Instant firstStart, Instant lastEnd,
                         long freePlaces) {

        public Option withFreePlaces(long free) {
            return new Option(cohortId, localAuthority, region, firstStart, lastEnd, free);
        }
    }

    /** The cohort chosen and whether a place is free in it (else the waiting list). */
    public record Choice(Option option, Nearness nearness, boolean placeFree) {
    }

    private RefresherPlacement() {
    }

    /** How near the cohort is to a school in {@code localAuthority} of {@code region}; empty when in another region. */
    public static Optional<Nearness> nearness(Option o, int localAuthority, String region) {
        if (o.localAuthority() == null) {
            return Optional.of(Nearness.ANY_AREA);
        }
        if (o.localAuthority() == localAuthority) {
            return Optional.of(Nearness.SAME_LOCAL_AUTHORITY);
        }
        if (o.region() != null && o.region().equals(region)) {
            return Optional.of(Nearness.SAME_REGION);
        }
        return Optional.empty();
    }

    /** Starts after {@code day} (not on it: nobody is placed at a few hours' notice) and ends before expiry. */
    public static boolean fits(Option o, LocalDate day, LocalDate expiry) {
        Instant notBefore = day.plusDays(1).atStartOfDay(Today.ENGLAND).toInstant();
        Instant endBefore = expiry.atStartOfDay(Today.ENGLAND).toInstant();
        return !o.firstStart().isBefore(notBefore) && !o.lastEnd().isAfter(endBefore);
    }

    /** The cohort for someone at a school of {@code localAuthority} in {@code region}, as of {@code day}. */
    public static Optional<Choice> choose(List<Option> options, int localAuthority, String region, LocalDate day,
                                          LocalDate expiry) {
        List<Choice> suitable = options.stream().filter(o -> fits(o, day, expiry))
                .flatMap(o -> nearness(o, localAuthority, region).map(n -> new Choice(o, n, o.freePlaces() > 0)).stream())
                .sorted(Comparator.comparing(Choice::nearness).thenComparing(c -> c.option().firstStart())
                        .thenComparingLong(c -> c.option().cohortId()))
                .toList();
        return suitable.stream().filter(Choice::placeFree).findFirst().or(() -> suitable.stream().findFirst());
    }
}
