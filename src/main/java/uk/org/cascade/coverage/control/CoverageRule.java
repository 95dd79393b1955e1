package uk.org.cascade.coverage.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.platform.DateSpan;
import uk.org.cascade.platform.Dates;

/**
 * When a school is COVERED, AT_RISK, in a GAP or NOT_STARTED. The counts come from {@link CoverageQuery}'s SQL,
 * which applies the same day rules as {@link #trainedOn} and {@link #stays} to every school at once; the
 * drill-down applies these methods to one school's staff, and CoverageIT checks that the two agree on the
 * boundary days.
 */
public final class CoverageRule {

    /** "About to lose cover" looks this many days ahead. */
    public static final int HORIZON_DAYS = 90;
    public static final int DEFAULT_TARGET = uk.org.cascade.organisation.entity.School.DEFAULT_TARGET;
    /** Two trained staff make a school resilient to one leaver. */
    public static final int RESILIENT = 2;

    /** One employment at the school: {@code until} is the last working day, null while open-ended. */
    public record Stint(LocalDate from, LocalDate until) {

        /** The days worked, as {@code Employment.span()} reckons them. */
        public DateSpan span() {
            return DateSpan.through(from, until);
        }

        public boolean covers(LocalDate day) {
            return span().contains(day);
        }
    }

    /** A COMPETENT, non-revoked sign-off: held on [{@code from}, {@code until}), recorded on {@code signedOn}. */
    public record Award(LocalDate signedOn, LocalDate from, LocalDate until) {

        /** The days held, as {@code Holding} reckons them. */
        public DateSpan span() {
            return new DateSpan(from, until);
        }

        public boolean covers(LocalDate day) {
            return span().contains(day);
        }
    }

    /** A member of staff with their employments at the school and their awards of the practitioner competency. */
    public record Staff(long personId, String name, List<Stint> stints, List<Award> awards) {
    }

    /** Why an AT_RISK school will drop: someone's competency expires, or they leave. */
    public enum ReasonKind { EXPIRY, LEAVING }

    public record Reason(long personId, String name, ReasonKind kind, LocalDate date) implements Serializable {

        public String text() {
            String on = date.format(Dates.DAY);
            return kind == ReasonKind.EXPIRY ? name + "'s practitioner competency expires on " + on
                    : name + " leaves on " + on + " (last day)";
        }
    }

    private CoverageRule() {
    }

    /** The day the look-ahead checks: a known loss on or before it takes cover away "within 90 days". */
    public static LocalDate horizon(LocalDate day) {
        return day.plusDays(HORIZON_DAYS);
    }

    /** The status rule, from the counts on {@code day} and at its horizon. */
    public static CoverageStatus status(long trained, long staying, int target, boolean everTrained) {
        if (trained >= target) {
            return staying >= target ? CoverageStatus.COVERED : CoverageStatus.AT_RISK;
        }
        return trained > 0 || everTrained ? CoverageStatus.GAP : CoverageStatus.NOT_STARTED;
    }

    /** Resilient: covered with at least two trained staff, so one leaver does not lose cover. */
    public static boolean resilient(CoverageStatus status, long trained) {
        return (status == CoverageStatus.COVERED || status == CoverageStatus.AT_RISK) && trained >= RESILIENT;
    }

    /** Trained staff on {@code day}: employed at the school that day and holding the competency that day. */
    public static boolean trainedOn(Staff staff, LocalDate day) {
        return staff.stints().stream().anyMatch(s -> s.covers(day)) && staff.awards().stream().anyMatch(a -> a.covers(day));
    }

    /**
     * Still trained at the horizon as far as was known on {@code day}: the employment held that day has not
     * ended by the horizon, and an award recorded by {@code day} covers the horizon.
     */
    public static boolean stays(Staff staff, LocalDate day) {
        LocalDate horizon = horizon(day);
        return trainedOn(staff, day)
                && staff.stints().stream().anyMatch(s -> s.covers(day) && s.covers(horizon))
                && staff.awards().stream().anyMatch(a -> !a.signedOn().isAfter(day) && a.covers(horizon));
    }

    /** Whether the person was trained at the school on any day up to {@code day}. */
    public static boolean everTrained(Staff staff, LocalDate day) {
        return staff.stints().stream().anyMatch(s -> staff.awards().stream().anyMatch(a -> {
            LocalDate first = s.from().isAfter(a.from()) ? s.from() : a.from();
            return !first.isAfter(day) && s.covers(first) && a.covers(first);
        }));
    }

    /** The status of a school from its staff, for one school at a time (the drill-down). */
    public static CoverageStatus status(List<Staff> staff, int target, LocalDate day) {
        long trained = staff.stream().filter(s -> trainedOn(s, day)).count();
        long staying = staff.stream().filter(s -> stays(s, day)).count();
        return status(trained, staying, target, staff.stream().anyMatch(s -> everTrained(s, day)));
    }

    /** The known losses within the horizon among those trained on {@code day}, soonest first. */
    public static List<Reason> reasons(List<Staff> staff, LocalDate day) {
        LocalDate horizon = horizon(day);
        List<Reason> reasons = new ArrayList<>();
        for (Staff s : staff) {
            if (!trainedOn(s, day) || stays(s, day)) {
                continue;
            }
            s.stints().stream().filter(st -> st.covers(day) && !st.covers(horizon)).map(Stint::until)
                    .max(LocalDate::compareTo)
                    .filter(last -> s.stints().stream().noneMatch(st -> st.covers(day) && st.covers(horizon)))
                    .ifPresent(last -> reasons.add(new Reason(s.personId(), s.name(), ReasonKind.LEAVING, last)));
            if (s.awards().stream().noneMatch(a -> !a.signedOn().isAfter(day) && a.covers(horizon))) {
                reasons.add(new Reason(s.personId(), s.name(), ReasonKind.EXPIRY, heldUntil(s, day)));
            }
        }
        reasons.sort(java.util.Comparator.comparing(Reason::date).thenComparing(Reason::name));
        return reasons;
    }

    /** The first day not held, following awards known on {@code day} that join up from one held on it. */
    public static LocalDate heldUntil(Staff staff, LocalDate day) {
        LocalDate until = day;
        boolean extended = true;
        while (extended) {
            extended = false;
            for (Award a : staff.awards()) {
                if (!a.signedOn().isAfter(day) && a.covers(until)) {
                    if (a.until() == null) {
                        return null;
                    }
                    until = a.until();
                    extended = true;
                }
            }
        }
        return until;
    }
}
