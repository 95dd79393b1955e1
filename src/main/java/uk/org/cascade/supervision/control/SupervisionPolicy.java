package uk.org.cascade.supervision.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.platform.Violation;
import uk.org.cascade.platform.control.ChildIdentifiers;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.supervision.entity.Format;
import uk.org.cascade.supervision.entity.SupervisionLog;

/**
 * Every rule a supervision log must meet, each a named method, all run by {@link #check}; each refusal names
 * the rule it breaks. Also the overdue rule ({@link #dueOn}, {@link #daysOverdue}), which the overdue list
 * computes in SQL the same way ({@code OverdueQuery}).
 */
public final class SupervisionPolicy {

    public static final int MINUTES_MIN = 1;
    public static final int MINUTES_MAX = 480;
    public static final int FAMILIES_MAX = 500;
    /** "Due soon": the due date is at most this many days ahead. */
    public static final int DUE_SOON_DAYS = 14;

    /** Where a person stands against the overdue rule on a day. */
    public enum Status {
        OVERDUE, DUE_SOON, UP_TO_DATE
    }

    /** What the rules need to know beyond the proposal itself. */
    public interface Facts {

        boolean holds(long personId, Competency competency, LocalDate day);

        Optional<Competency> competency(Programme programme, Level level);

        /** URNs of the schools the person is employed at on {@code day}. */
        List<Integer> schoolsOn(long personId, LocalDate day);

        String nameOf(long personId);
    }

    /** A log as proposed; ids only, already parsed. {@code schools}: a supervisee's chosen school, if any. */
    public record Proposal(LocalDate date, Programme programme, long supervisorId, List<Long> supervisees,
                           Map<Long, Integer> schools, Format format, int minutes, int familiesDiscussed,
                           String themeNotes, Boolean safeguardingConcern, String safeguardingAction, LocalDate nextDate) {
    }

    private SupervisionPolicy() {
    }

    /** Every broken rule; empty when the log may be recorded. */
    public static List<Violation> check(Proposal p, Facts facts, LocalDate today) {
        List<Violation> broken = new ArrayList<>();
        for (Function<Proposal, List<Violation>> rule : List.<Function<Proposal, List<Violation>>>of(
                q -> one(dateNotInTheFuture(q, today)),
                q -> one(formatFitsTheSupervisees(q)),
                q -> one(minutesWithinADay(q)),
                q -> one(familiesCounted(q)),
                q -> one(safeguardingActionWhenConcernRaised(q)),
                q -> one(nextDateAfterTheSession(q)),
                q -> one(nobodySupervisesThemselves(q)),
                q -> one(supervisorAuthorised(q, facts)),
                q -> superviseesPractising(q, facts),
                q -> superviseesPractiseAtASchool(q, facts),
                q -> noIdentifiers(q, today))) {
            broken.addAll(rule.apply(p));
        }
        return broken;
    }

    static Optional<Violation> dateNotInTheFuture(Proposal p, LocalDate today) {
        return p.date().isAfter(today) ? refuse("date", "the supervision date " + p.date() + " is in the future") : ok();
    }

    static Optional<Violation> formatFitsTheSupervisees(Proposal p) {
        int n = p.supervisees().size();
        if (n == 0) {
            return refuse("supervisees", "choose at least one supervisee");
        }
        if (p.format() == Format.INDIVIDUAL && n != 1) {
            return refuse("format", "individual supervision has exactly one supervisee; with " + n + " it is GROUP");
        }
        return p.format() == Format.GROUP && n < 2
                ? refuse("format", "group supervision has at least two supervisees; with one it is INDIVIDUAL") : ok();
    }

    static Optional<Violation> minutesWithinADay(Proposal p) {
        return p.minutes() < MINUTES_MIN || p.minutes() > MINUTES_MAX
                ? refuse("minutes", "minutes must be between " + MINUTES_MIN + " and " + MINUTES_MAX) : ok();
    }

    static Optional<Violation> familiesCounted(Proposal p) {
        return p.familiesDiscussed() < 0 || p.familiesDiscussed() > FAMILIES_MAX
                ? refuse("familiesDiscussed", "familiesDiscussed is a count from 0 to " + FAMILIES_MAX) : ok();
    }

    static Optional<Violation> safeguardingActionWhenConcernRaised(Proposal p) {
        if (p.safeguardingConcern() == null) {
            return refuse("safeguardingConcern", "say whether a safeguarding concern was raised (true or false)");
        }
        boolean action = p.safeguardingAction() != null && !p.safeguardingAction().isBlank();
        if (p.safeguardingConcern() && !action) {
            return refuse("safeguardingAction", "a safeguarding concern was raised: say what action was taken");
        }
        if (!p.safeguardingConcern() && action) {
            return refuse("safeguardingAction", "an action is recorded only when a safeguarding concern was raised");
        }
        return action && p.safeguardingAction().strip().length() > SupervisionLog.ACTION_MAX
                ? refuse("safeguardingAction", "safeguardingAction must be at most " + SupervisionLog.ACTION_MAX
                + " characters") : ok();
    }

    static Optional<Violation> nextDateAfterTheSession(Proposal p) {
        return p.nextDate() != null && !p.nextDate().isAfter(p.date())
                ? refuse("nextDate", "the agreed next date must be after the supervision date " + p.date()) : ok();
    }

    static Optional<Violation> nobodySupervisesThemselves(Proposal p) {
        return p.supervisees().contains(p.supervisorId())
                ? refuse("supervisees", "the supervisor cannot also be a supervisee") : ok();
    }

    /** Supervisors and trainers supervise: they log their own supervision and see their supervisees. */
    public static boolean supervises(UserAccount caller) {
        return caller.holds(Role.SUPERVISOR) || caller.holds(Role.TRAINER);
    }

    /** Who may supervise a programme's practitioners on a day: a holder of its current SUPERVISOR or TRAINER competency. */
    public static boolean maySupervise(long personId, Programme programme, LocalDate day, Facts facts) {
        return List.of(Level.SUPERVISOR, Level.TRAINER).stream().map(level -> facts.competency(programme, level))
                .flatMap(Optional::stream).anyMatch(c -> facts.holds(personId, c, day));
    }

    /** The supervisor may supervise the programme on the day ({@link #maySupervise}). */
    static Optional<Violation> supervisorAuthorised(Proposal p, Facts facts) {
        boolean authorised = maySupervise(p.supervisorId(), p.programme(), p.date(), facts);
        return authorised ? ok() : refuse("supervisorId", facts.nameOf(p.supervisorId()) + " does not hold a current "
                + "supervisor or trainer competency of " + p.programme().getTitle() + " on " + p.date());
    }

    /** Every supervisee holds the programme's practitioner competency on the day. */
    static List<Violation> superviseesPractising(Proposal p, Facts facts) {
        Optional<Competency> practitioner = facts.competency(p.programme(), Level.PRACTITIONER);
        if (practitioner.isEmpty()) {
            return List.of(Violation.field("programmeCode", p.programme().getTitle() + " has no practitioner competency"));
        }
        return p.supervisees().stream().filter(id -> !facts.holds(id, practitioner.get(), p.date()))
                .map(id -> Violation.field("supervisees", facts.nameOf(id) + " does not hold "
                        + practitioner.get().getTitle() + " on " + p.date())).toList();
    }

    /** Every supervisee works at a school that day; one with several chooses which (the {@code schools} map). */
    static List<Violation> superviseesPractiseAtASchool(Proposal p, Facts facts) {
        List<Violation> broken = new ArrayList<>();
        for (long id : p.supervisees()) {
            List<Integer> current = facts.schoolsOn(id, p.date());
            Integer chosen = p.schools().get(id);
            if (current.isEmpty()) {
                broken.add(Violation.field("supervisees", facts.nameOf(id) + " is not employed at a school on " + p.date()));
            } else if (chosen != null && !current.contains(chosen)) {
                broken.add(Violation.field("schools", facts.nameOf(id) + " does not work at school " + chosen + " on "
                        + p.date()));
            } else if (chosen == null && current.size() > 1) {
                broken.add(Violation.field("schools", facts.nameOf(id) + " works at several schools on " + p.date()
                        + ": choose one of " + current));
            }
        }
        return broken;
    }

    /** The school a supervisee is recorded at: the one chosen, or their only one. */
    public static Optional<Integer> schoolFor(List<Integer> current, Integer chosen) {
        if (chosen != null) {
            return current.contains(chosen) ? Optional.of(chosen) : Optional.empty();
        }
        return current.size() == 1 ? Optional.of(current.get(0)) : Optional.empty();
    }

    /** No child- or family-identifying data in the free text. */
    static List<Violation> noIdentifiers(Proposal p, LocalDate today) {
        return java.util.stream.Stream.of(
                        ChildIdentifiers.refusal("themeNotes", "The theme notes", p.themeNotes(), today),
                        ChildIdentifiers.refusal("safeguardingAction", "The safeguarding action", p.safeguardingAction(), today))
                .flatMap(Optional::stream).toList();
    }

    /** The day by which a person must be supervised again: N weeks after the last supervision (or sign-off). */
    public static LocalDate dueOn(LocalDate basis, int intervalWeeks) {
        return basis.plusWeeks(intervalWeeks);
    }

    /** Days past the due date on {@code today}: 0 or less is not overdue (supervision on the due date is on time). */
    public static long daysOverdue(LocalDate basis, int intervalWeeks, LocalDate today) {
        return ChronoUnit.DAYS.between(dueOn(basis, intervalWeeks), today);
    }

    public static Status status(LocalDate basis, int intervalWeeks, LocalDate today) {
        long days = daysOverdue(basis, intervalWeeks, today);
        return days > 0 ? Status.OVERDUE : days >= -DUE_SOON_DAYS ? Status.DUE_SOON : Status.UP_TO_DATE;
    }

    /** Its author may revise a log for seven days from recording it; after that corrections are notes. */
    public static boolean mayRevise(boolean callerIsAuthor, Instant recordedAt, Instant now) {
        return callerIsAuthor && now.isBefore(recordedAt.plus(SupervisionLog.EDITABLE_FOR));
    }

    private static List<Violation> one(Optional<Violation> v) {
        return v.map(List::of).orElse(List.of());
    }

    private static Optional<Violation> ok() {
        return Optional.empty();
    }

    private static Optional<Violation> refuse(String field, String message) {
        return Optional.of(Violation.field(field, message));
    }
}
