package uk.org.cascade.refresher.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import uk.org.cascade.cohort.control.CohortForms.EnrolmentForm;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.control.Enrolments;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.people.control.Supervisors;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.refresher.control.RefresherLetters.Event;
import uk.org.cascade.refresher.control.RefresherPlacement.Choice;
import uk.org.cascade.refresher.control.RefresherPlacement.Option;
import uk.org.cascade.refresher.control.RefresherQueries.OpenCohort;
import uk.org.cascade.refresher.entity.RefresherRun;
import uk.org.cascade.refresher.entity.LadderStep;
import uk.org.cascade.security.control.Accounts;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;

/**
 * The daily refresher job, as of a day: places everyone whose refresher window is open, who holds the competency
 * and works at a school that day and has no refresher place yet, in the cohort {@link RefresherPlacement} chooses,
 * through {@link Enrolments#enrol} (its row lock, capacity rule, waiting list and letters); sends the steps of each
 * competency's reminder {@link Ladder} due that day, each once per holding, to the holder and, where a step says so,
 * their supervisor and (in a digest) the coordinators of their school's area.
 *
 * <p>Once per day across a cluster: the run first inserts its day into {@code refresher_run} (INSERT IGNORE on a
 * unique date) in the same transaction as all its work. A concurrent run for the same day waits on that row and,
 * once the first commits, inserts nothing and answers "already run"; if the first rolls back, the second does the
 * work. So a day is done exactly once, and never half.
 */
@ApplicationScoped
public class RefresherScheduler {

    private static final Logger LOG = Logger.getLogger(RefresherScheduler.class.getName());
    /** The scheduler acts for nobody in particular, with the reach of an administrator. */
    private static final CohortReach SYSTEM = new CohortReach(true, -1, Optional.empty(), false);

    /** A place given: the person, the cohort, ENROLLED or WAITLISTED. */
    public record Placement(long personId, long cohortId, String status) {
    }

    /** Places that could not be given, per local authority, month and refresher programme. */
    public record UnmetDemand(int localAuthority, String localAuthorityName, String month, long programmeId, int places) {
    }

    /** What a run did, or (alreadyRun) what the earlier run of that day did, in counts only. */
    public record Result(LocalDate date, boolean alreadyRun, int enrolled, int waitlisted, int unplaced, int reminders,
                         List<Placement> placements, List<UnmetDemand> unmetDemand) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    RefresherQueries queries;

    @Inject
    RefresherLetters letters;

    @Inject
    Cohorts cohorts;

    @Inject
    Enrolments enrolments;

    @Inject
    Today today;

    @Inject
    ReminderLadders ladders;

    @Inject
    Supervisors supervisors;

    /** Today in England: the day the daily job runs as of. */
    public LocalDate today() {
        return today.date();
    }

    @Transactional
    public Result run(LocalDate day) {
        int claimed = em.createNativeQuery("INSERT IGNORE INTO refresher_run (run_date, started_at, enrolled, waitlisted, "
                        + "unplaced, reminders) VALUES (?1, ?2, 0, 0, 0, 0)")
                .setParameter(1, java.sql.Date.valueOf(day))
                .setParameter(2, Timestamp.valueOf(LocalDateTime.ofInstant(today.now(), ZoneOffset.UTC)))
                .executeUpdate();
        RefresherRun run = em.createQuery("SELECT r FROM RefresherRun r WHERE r.runDate = :d", RefresherRun.class)
                .setParameter("d", day).getSingleResult();
        if (claimed == 0) {
            return new Result(day, true, run.getEnrolled(), run.getWaitlisted(), run.getUnplaced(), run.getReminders(),
                    List.of(), List.of());
        }
        Map<Long, Ladder> ownLadders = ladders.own();
        List<Ladder> all = new ArrayList<>(ownLadders.values());
        all.add(Ladder.DEFAULT);
        int ahead = all.stream().mapToInt(Ladder::earliest).max().orElse(0);
        int back = Ladder.CATCH_UP_DAYS + Math.max(0, -all.stream().mapToInt(Ladder::latest).min().orElse(0));
        List<DueRefresher> due = queries.endingAround(day, ahead, back);
        List<Placement> placements = new ArrayList<>();
        List<DueRefresher> unplaced = place(day, due, placements);
        int reminders = remind(day, due, ownLadders);
        int enrolled = (int) placements.stream().filter(p -> p.status().equals(EnrolmentStatus.ENROLLED.name())).count();
        int waitlisted = placements.size() - enrolled;
        em.createQuery("UPDATE RefresherRun r SET r.enrolled = :e, r.waitlisted = :w, r.unplaced = :u, r.reminders = :r "
                        + "WHERE r.id = :id").setParameter("e", enrolled).setParameter("w", waitlisted)
                .setParameter("u", unplaced.size()).setParameter("r", reminders).setParameter("id", run.getId())
                .executeUpdate();
        LOG.info(() -> "Refresher run " + day + ": " + enrolled + " enrolled, " + waitlisted + " waitlisted, "
                + unplaced.size() + " without a suitable cohort, " + reminders + " reminders");
        return new Result(day, false, enrolled, waitlisted, unplaced.size(), reminders, placements, unmet(day, unplaced));
    }

    /** Places whoever needs a place, most urgent first; answers those for whom no cohort fits. */
    private List<DueRefresher> place(LocalDate day, List<DueRefresher> due, List<Placement> placements) {
        List<DueRefresher> needing = due.stream().filter(d -> d.renewable() && d.window().isOpenOn(day) && d.held() && !d.hasPlace()
                && d.atSchool()).toList();
        if (needing.isEmpty()) {
            return List.of();
        }
        Instant notBefore = day.plusDays(1).atStartOfDay(Today.ENGLAND).toInstant();
        List<OpenCohort> open = queries.openCohorts(needing.stream().map(DueRefresher::refresherProgrammeId).distinct()
                .toList(), notBefore);
        // Every candidate cohort's row lock first, in id order: the free places counted below then stay true until
        // commit, and two runs (or a run and a coordinator) cannot deadlock on them.
        List<Cohort> locked = open.stream().map(o -> em.find(Cohort.class, o.cohortId(), LockModeType.PESSIMISTIC_WRITE))
                .toList();
        Map<Long, Cohorts.Counts> counts = cohorts.counts(locked);
        Map<Long, Option> options = new LinkedHashMap<>();
        Map<Long, Long> programmeOf = new HashMap<>();
        for (int i = 0; i < open.size(); i++) {
            OpenCohort o = open.get(i);
            long taken = counts.getOrDefault(o.cohortId(), Cohorts.Counts.NONE).placesTaken();
            options.put(o.cohortId(), new Option(o.cohortId(), o.localAuthority(), o.region(), o.firstStart(), o.lastEnd(),
                    locked.get(i).freePlaces(taken)));
            programmeOf.put(o.cohortId(), o.programmeId());
        }
        Set<String> alreadyIn = new HashSet<>();
        if (!open.isEmpty()) {
            cohorts.peopleIn(options.keySet()).forEach((cohortId, people) ->
                    people.forEach(personId -> alreadyIn.add(cohortId + ":" + personId)));
        }
        List<DueRefresher> unplaced = new ArrayList<>();
        Set<String> placedFor = new HashSet<>();
        for (DueRefresher d : needing) {
            List<Option> forThem = options.values().stream()
                    .filter(o -> programmeOf.get(o.cohortId()).equals(d.refresherProgrammeId())
                            && !alreadyIn.contains(o.cohortId() + ":" + d.personId()))
                    .toList();
            Optional<Choice> choice = RefresherPlacement.choose(forThem, d.localAuthority(), d.region(), day,
                    d.window().expiry());
            if (choice.isEmpty()) {
                unplaced.add(d);
                continue;
            }
            // Two competencies renewed by the same programme need one place.
            if (!placedFor.add(d.personId() + ":" + d.refresherProgrammeId())) {
                continue;
            }
            long cohortId = choice.get().option().cohortId();
            Enrolment e = enrolments.enrol(cohortId, new EnrolmentForm(d.personId(), d.schoolUrn()), SYSTEM, day);
            alreadyIn.add(cohortId + ":" + d.personId());
            if (e.getStatus() == EnrolmentStatus.ENROLLED) {
                options.put(cohortId, options.get(cohortId).withFreePlaces(options.get(cohortId).freePlaces() - 1));
            }
            placements.add(new Placement(d.personId(), cohortId, e.getStatus().name()));
        }
        return unplaced;
    }

    /**
     * Sends the ladder steps due on {@code day}, each claimed once per holding before its letter (which goes after
     * commit), and the coordinators' digests; answers how many holders were reminded. When downtime leaves two steps
     * due at once, both are claimed and one letter goes, the latest step's, to everyone either names.
     */
    private int remind(LocalDate day, List<DueRefresher> due, Map<Long, Ladder> ownLadders) {
        List<Event> events = new ArrayList<>();
        int sent = 0;
        for (DueRefresher d : due) {
            List<LadderStep> claimed = new ArrayList<>();
            for (LadderStep step : ownLadders.getOrDefault(d.competencyId(), Ladder.DEFAULT)
                    .dueOn(d.window().expiry(), day, d.held())) {
                if (claim(d, step, day)) {
                    claimed.add(step);
                }
            }
            if (claimed.isEmpty()) {
                continue;
            }
            LadderStep latest = claimed.get(claimed.size() - 1);
            Person person = em.find(Person.class, d.personId());
            Competency competency = em.find(Competency.class, d.competencyId());
            String school = d.atSchool() ? em.find(School.class, d.schoolUrn()).getName() : null;
            letters.remind(person, competency, d.window(), latest, day);
            sent++;
            if (claimed.stream().anyMatch(LadderStep::supervisor)) {
                supervisors.latestSupervisor(d.personId(), day).filter(s -> !s.getId().equals(person.getId()))
                        .ifPresent(s -> letters.toSupervisor(s, person, school, competency, d.window(), latest));
            }
            if (d.atSchool() && claimed.stream().anyMatch(LadderStep::coordinators)) {
                events.add(new Event(person.getName(), school, d.localAuthority(), d.region(), competency.getTitle(),
                        latest, d.window().expiry()));
            }
        }
        if (!events.isEmpty()) {
            List<UserAccount> coordinators = accounts.active(Role.COORDINATOR);
            for (UserAccount c : coordinators) {
                letters.digest(em.find(Person.class, c.getPerson().getId()), day, events.stream()
                        .filter(e -> c.scope().includes(e.localAuthority(), e.region())).toList());
            }
        }
        return sent;
    }

    /** Claims one step of one holding for this run; false when it was sent before (by any run, on any instance). */
    private boolean claim(DueRefresher d, LadderStep step, LocalDate day) {
        return em.createNativeQuery("INSERT IGNORE INTO reminder_sent (person_id, competency_id, expires_on, "
                        + "days_before_expiry, run_date, school_urn) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, d.personId()).setParameter(2, d.competencyId())
                .setParameter(3, java.sql.Date.valueOf(d.window().expiry())).setParameter(4, step.daysBeforeExpiry())
                .setParameter(5, java.sql.Date.valueOf(day)).setParameter(6, d.schoolUrn())
                .executeUpdate() == 1;
    }

    private static List<UnmetDemand> unmet(LocalDate day, List<DueRefresher> unplaced) {
        Map<String, UnmetDemand> byCell = new LinkedHashMap<>();
        for (DueRefresher d : unplaced) {
            String month = d.window().demandMonth(day).toString();
            String key = d.localAuthority() + "|" + month + "|" + d.refresherProgrammeId();
            UnmetDemand before = byCell.get(key);
            byCell.put(key, new UnmetDemand(d.localAuthority(), d.localAuthorityName(), month, d.refresherProgrammeId(),
                    before == null ? 1 : before.places() + 1));
        }
        return List.copyOf(byCell.values());
    }
}
