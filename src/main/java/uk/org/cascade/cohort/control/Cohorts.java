package uk.org.cascade.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.cohort.control.CohortForms.CohortForm;
import uk.org.cascade.cohort.control.CohortForms.EnrolmentForm;
import uk.org.cascade.cohort.control.CohortForms.Mark;
import uk.org.cascade.cohort.control.CohortForms.SessionForm;
import uk.org.cascade.cohort.control.CohortLetters;
import uk.org.cascade.cohort.control.Progress;
import uk.org.cascade.cohort.control.Progress.ModuleProgress;
import uk.org.cascade.cohort.control.ModuleContent;
import uk.org.cascade.cohort.control.SchoolCover;
import uk.org.cascade.cohort.control.WaitingList;
import uk.org.cascade.cohort.control.WaitingList.Candidate;
import uk.org.cascade.cohort.entity.Attendance;
import uk.org.cascade.cohort.entity.AttendanceStatus;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.CohortStatus;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.cohort.entity.ModuleCompletion;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.competency.control.Holdings;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.curriculum.entity.Level;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.people.entity.Employment;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Versions;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.platform.control.Today;

/**
 * Cohorts, shared by the API and the pages: planning, enrolment with a waiting list, attendance and
 * completion. Every change to a cohort's places first takes the cohort's row lock, so concurrent
 * enrolments queue up and capacity is never exceeded. Who may do what is {@link CohortReach}.
 */
@ApplicationScoped
public class Cohorts {

    static final String AUDIT_COHORT = "Cohort";
    static final String AUDIT_ENROLMENT = "Enrolment";
    static final String AUDIT_ATTENDANCE = "Attendance";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Inject
    Curriculum curriculum;

    @Inject
    Holdings holdings;

    @Inject
    CohortLetters letters;

    @Inject
    SchoolCover schoolCover;

    @Inject
    ModuleContent moduleContent;

    /** Counts of a cohort's enrolments by status, for fill rates. */
    public record Counts(long enrolled, long waitlisted, long completed, long notCompleted, long withdrawn) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        public long placesTaken() {
            return enrolled + completed + notCompleted;
        }
    }

    @Transactional
    public Cohort create(CohortForm form, CohortReach reach) {
        if (!reach.mayCreate()) {
            throw new Forbidden("Only administrators, trainers and coordinators plan cohorts");
        }
        Validation check = new Validation();
        Programme programme = curriculum.findProgramme(form.programmeCode()).orElse(null);
        check.require(programme != null, "programmeCode", "there is no programme with code " + form.programmeCode());
        Set<Person> trainers = trainers(form.leadTrainerIds(), check);
        LocalAuthority la = localAuthority(form.localAuthority(), check);
        CohortStatus status = form.status() == null || form.status().isBlank() ? CohortStatus.DRAFT
                : check.choice(CohortStatus.class, form.status(), "status", "status of a new cohort must be DRAFT or OPEN");
        check.orThrow();
        if (!reach.everyone()) {
            boolean leadsIt = reach.trainer() && trainers.stream().anyMatch(p -> p.getId() == reach.self());
            boolean forOwnArea = la != null && reach.scope().isPresent() && reach.covers(la);
            if (!leadsIt && !forOwnArea) {
                throw new Forbidden(reach.scope().isPresent() ? "Plan cohorts for a local authority in your scope"
                        : "A trainer plans cohorts they lead themselves");
            }
        }
        Cohort cohort = new Cohort(programme, form.title(), form.capacity(), la, CohortStatus.DRAFT, trainers,
                today.now());
        List<SessionForm> sessions = form.sessions() == null ? List.of() : form.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            cohort.add(session(cohort, sessions.get(i), "sessions[" + i + "].", null));
        }
        requireAuthorisedTrainers(cohort);
        if (status != CohortStatus.DRAFT) {
            cohort.moveTo(status);
        }
        em.persist(cohort);
        em.flush();
        audit.record(AUDIT_COHORT, cohort.getId(), "CREATED", null, cohort.auditState());
        return cohort;
    }

    /** Title, capacity, local authority and lead trainers; more places go to the waiting list at once. */
    @Transactional
    public Cohort revise(long id, CohortForm form, CohortReach reach) {
        Cohort cohort = lock(id, reach);
        requirePlanner(cohort, reach);
        Versions.require(form.version(), cohort.getVersion(), "cohort");
        Validation check = new Validation();
        Set<Person> trainers = trainers(form.leadTrainerIds(), check);
        LocalAuthority la = localAuthority(form.localAuthority(), check);
        check.orThrow();
        var before = cohort.auditState();
        cohort.revise(form.title(), form.capacity(), la, trainers, counts(cohort).placesTaken());
        requireAuthorisedTrainers(cohort);
        // A change of trainers alone touches only the join table: bump the version so a concurrent edit is refused.
        em.lock(cohort, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(AUDIT_COHORT, cohort.getId(), "REVISED", before, cohort.auditState());
        fillFreePlaces(cohort);
        return cohort;
    }

    /**
     * Opens, starts, closes or cancels. Closing makes every unfinished learner NOT_COMPLETED; closing or
     * cancelling takes everyone off the waiting list.
     */
    @Transactional
    public Cohort move(long id, String to, Long version, CohortReach reach) {
        Cohort cohort = lock(id, reach);
        Validation check = new Validation();
        CohortStatus next = check.choice(CohortStatus.class, to, "status",
                "status must be OPEN, RUNNING, COMPLETED or CANCELLED");
        check.orThrow();
        boolean teaching = next == CohortStatus.RUNNING || next == CohortStatus.COMPLETED;
        if (teaching ? !reach.teaches(cohort) : !reach.plans(cohort)) {
            throw new Forbidden(teaching ? "Only the cohort's lead trainers start and close it" : "You do not plan this cohort");
        }
        Versions.require(version, cohort.getVersion(), "cohort");
        var before = cohort.auditState();
        cohort.moveTo(next);
        if (next == CohortStatus.OPEN) {
            requireAuthorisedTrainers(cohort);
        }
        if (next.isClosed()) {
            for (Enrolment e : enrolments(cohort)) {
                var was = e.auditState();
                EnrolmentStatus old = e.getStatus();
                e.closeWith(next);
                if (old != e.getStatus()) {
                    audit.record(AUDIT_ENROLMENT, e.getId(), "COHORT_" + next.name(), was, e.auditState());
                }
            }
        }
        em.flush();
        audit.record(AUDIT_COHORT, cohort.getId(), "STATUS_" + next.name(), before, cohort.auditState());
        return cohort;
    }

    @Transactional
    public Session addSession(long id, SessionForm form, CohortReach reach) {
        Cohort cohort = lock(id, reach);
        requirePlanner(cohort, reach);
        Session session = session(cohort, form, "", null);
        cohort.add(session);
        requireAuthorisedTrainers(cohort);
        em.persist(session);
        em.flush();
        audit.record(AUDIT_COHORT, cohort.getId(), "SESSION_ADDED", null, sessionState(session));
        return session;
    }

    @Transactional
    public Session reviseSession(long id, long sessionId, SessionForm form, CohortReach reach) {
        Cohort cohort = lock(id, reach);
        requirePlanner(cohort, reach);
        cohort.requireNotClosed();
        Session session = sessionOf(cohort, sessionId);
        var before = sessionState(session);
        session(cohort, form, "", session);
        requireAuthorisedTrainers(cohort);
        em.flush();
        audit.record(AUDIT_COHORT, cohort.getId(), "SESSION_REVISED", before, sessionState(session));
        return session;
    }

    @Transactional
    public void removeSession(long id, long sessionId, CohortReach reach) {
        Cohort cohort = lock(id, reach);
        requirePlanner(cohort, reach);
        Session session = sessionOf(cohort, sessionId);
        long marks = em.createQuery("SELECT COUNT(a) FROM Attendance a WHERE a.session = :s", Long.class)
                .setParameter("s", session).getSingleResult();
        if (marks > 0) {
            throw new Conflict("Attendance is recorded for this session: it happened, so it stays");
        }
        var before = sessionState(session);
        cohort.remove(session);
        em.remove(session);
        em.flush();
        audit.record(AUDIT_COHORT, cohort.getId(), "SESSION_REMOVED", before, null);
    }

    /**
     * A place while places remain, else the waiting list. The cohort's row lock is the first thing taken,
     * so every read below sees the enrolments committed before it: that is what keeps capacity exact.
     */
    @Transactional
    public Enrolment enrol(long id, EnrolmentForm form, CohortReach reach) {
        return enrol(id, form, reach, today.date());
    }

    /**
     * {@link #enrol(long, EnrolmentForm, CohortReach)} as of {@code day}: the person must be employed at the school
     * on that day. The refresher scheduler places people this way for the day it runs as of, under the same row
     * lock and capacity rule as everyone else.
     */
    @Transactional
    public Enrolment enrol(long id, EnrolmentForm form, CohortReach reach, LocalDate day) {
        Cohort cohort = lock(id, reach);
        if (!reach.seesRoster(cohort)) {
            throw new Forbidden("Only the cohort's trainers, coordinators of its area and administrators enrol people");
        }
        if (!cohort.getStatus().takesEnrolments()) {
            throw new Conflict("This cohort is " + cohort.getStatus().name() + ": it takes enrolments only when OPEN or RUNNING");
        }
        Validation check = new Validation();
        check.require(form.personId() != null, "personId", "personId is required")
                .require(form.schoolUrn() != null, "schoolUrn", "schoolUrn is required: the school they attend for");
        check.orThrow();
        Person person = em.find(Person.class, form.personId());
        School school = em.find(School.class, form.schoolUrn());
        check.require(person != null, "personId", "there is no person with id " + form.personId())
                .require(school != null, "schoolUrn", "there is no school with URN " + form.schoolUrn());
        check.orThrow();
        if (!reach.seesStaffOf(cohort, school)) {
            throw new Forbidden("School " + school.getUrn() + " is outside your scope");
        }
        boolean worksThere = em.createQuery("SELECT COUNT(e) FROM Employment e WHERE e.person = :p AND e.school = :s "
                        + "AND e.startDate <= :d AND (e.endDate IS NULL OR e.endDate >= :d)", Long.class)
                .setParameter("p", person).setParameter("s", school).setParameter("d", day).getSingleResult() > 0;
        if (!worksThere) {
            throw ValidationFailure.of("schoolUrn", person.getName() + " does not work at " + school.getName()
                    + " (URN " + school.getUrn() + ") on " + day + ": enrol them for a school where they are employed");
        }
        boolean placeFree = counts(cohort).placesTaken() < cohort.getCapacity();
        Instant now = today.now();
        Optional<Enrolment> earlier = em.createQuery("SELECT e FROM Enrolment e WHERE e.cohort = :c AND e.person = :p",
                Enrolment.class).setParameter("c", cohort).setParameter("p", person).getResultStream().findFirst();
        Enrolment enrolment;
        if (earlier.isPresent()) {
            enrolment = earlier.get();
            var before = enrolment.auditState();
            enrolment.rejoin(school, placeFree, now);
            em.flush();
            audit.record(AUDIT_ENROLMENT, enrolment.getId(), "REJOINED", before, enrolment.auditState());
        } else {
            enrolment = new Enrolment(cohort, person, school, placeFree, now);
            em.persist(enrolment);
            em.flush();
            audit.record(AUDIT_ENROLMENT, enrolment.getId(), "CREATED", null, enrolment.auditState());
        }
        letters.enrolled(enrolment);
        return enrolment;
    }

    /** Gives up a place (the first on the waiting list gets it) or a waiting-list place. */
    @Transactional
    public Enrolment withdraw(long id, long enrolmentId, CohortReach reach) {
        Cohort cohort = lock(id, reach);
        Enrolment enrolment = enrolmentOf(cohort, enrolmentId, reach);
        if (enrolment.getPerson().getId() != reach.self() && !reach.seesStaffOf(cohort, enrolment.getSchool())) {
            throw new Forbidden("You may not withdraw this enrolment");
        }
        var before = enrolment.auditState();
        enrolment.withdraw();
        em.flush();
        audit.record(AUDIT_ENROLMENT, enrolment.getId(), "WITHDRAWN", before, enrolment.auditState());
        fillFreePlaces(cohort);
        return enrolment;
    }

    /** Promotes from the waiting list, in {@link WaitingList} order, while places remain. */
    private void fillFreePlaces(Cohort cohort) {
        if (!cohort.getStatus().takesEnrolments()) {
            return;
        }
        long free = cohort.getCapacity() - counts(cohort).placesTaken();
        if (free <= 0) {
            return;
        }
        Map<Long, Enrolment> waiting = new HashMap<>();
        for (Enrolment e : enrolments(cohort)) {
            if (e.getStatus() == EnrolmentStatus.WAITLISTED) {
                waiting.put(e.getId(), e);
            }
        }
        for (Candidate next : waitingList(cohort, waiting.values()).stream().limit(free).toList()) {
            Enrolment promoted = waiting.get(next.enrolmentId());
            var before = promoted.auditState();
            promoted.promote();
            em.flush();
            audit.record(AUDIT_ENROLMENT, promoted.getId(), "PROMOTED", before, promoted.auditState());
            letters.promoted(promoted);
        }
    }

    /** The cohort's waiting list in the order places are given. */
    public List<Enrolment> waitingList(Cohort cohort) {
        Map<Long, Enrolment> waiting = enrolments(cohort).stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED)
                .collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        return waitingList(cohort, waiting.values()).stream().map(c -> waiting.get(c.enrolmentId())).toList();
    }

    private List<Candidate> waitingList(Cohort cohort, java.util.Collection<Enrolment> waiting) {
        Set<Integer> covered = coveredSchools(cohort.getProgramme(),
                waiting.stream().map(e -> e.getSchool().getUrn()).collect(Collectors.toSet()));
        return WaitingList.order(waiting.stream().map(e -> new Candidate(e.getId(), e.getRequestedAt(),
                covered.contains(e.getSchool().getUrn()))).toList());
    }

    /** Those of {@code urns} whose trained staff today reach their coverage target for the programme. */
    private Set<Integer> coveredSchools(Programme programme, Set<Integer> urns) {
        return schoolCover.coveredToday(programme, urns);
    }

    /**
     * Marks for one session, appended (the latest counts); unchanged marks are not repeated. Recording the
     * first marks starts an OPEN cohort. Completion follows the marks.
     */
    @Transactional
    public int recordAttendance(long id, long sessionId, List<Mark> marks, CohortReach reach, Person recorder) {
        Cohort cohort = lock(id, reach);
        if (!reach.teaches(cohort)) {
            throw new Forbidden("Only the cohort's lead trainers record attendance");
        }
        Session session = sessionOf(cohort, sessionId);
        Instant now = today.now();
        if (!session.hasStarted(now)) {
            throw new Conflict("This session has not started yet: attendance is recorded from its start");
        }
        if (cohort.getStatus() != CohortStatus.OPEN && cohort.getStatus() != CohortStatus.RUNNING) {
            throw new Conflict("Attendance is recorded while a cohort is OPEN or RUNNING, not " + cohort.getStatus().name());
        }
        if (marks == null || marks.isEmpty()) {
            throw ValidationFailure.of("body", "send a list of {enrolmentId, status}");
        }
        Map<Long, Enrolment> roster = enrolments(cohort).stream().collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        Validation check = new Validation();
        Map<Enrolment, AttendanceStatus> wanted = new LinkedHashMap<>();
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            Enrolment e = mark == null || mark.enrolmentId() == null ? null : roster.get(mark.enrolmentId());
            check.require(e != null, "[" + i + "].enrolmentId", "enrolment " + (mark == null ? null : mark.enrolmentId())
                    + " is not in this cohort");
            check.require(e == null || e.getStatus().holdsPlace(), "[" + i + "].enrolmentId",
                    "enrolment " + (e == null ? null : e.getId()) + " has no place (" + (e == null ? "" : e.getStatus().name()) + ")");
            AttendanceStatus status = check.choice(AttendanceStatus.class, mark == null ? null : mark.status(),
                    "[" + i + "].status", "status must be PRESENT, ABSENT or EXCUSED");
            check.require(e == null || wanted.put(e, status) == null, "[" + i + "].enrolmentId",
                    "enrolment " + (e == null ? null : e.getId()) + " is marked twice");
        }
        check.orThrow();
        Map<Long, AttendanceStatus> current = latestMarks(cohort).getOrDefault(sessionId, Map.of());
        int recorded = 0;
        for (var entry : wanted.entrySet()) {
            AttendanceStatus before = current.get(entry.getKey().getId());
            if (before == entry.getValue()) {
                continue;
            }
            Attendance attendance = new Attendance(entry.getKey(), session, entry.getValue(), recorder, now);
            em.persist(attendance);
            em.flush();
            audit.record(AUDIT_ATTENDANCE, attendance.getId(), before == null ? "MARKED" : "CORRECTED",
                    before == null ? null : Map.of("enrolmentId", entry.getKey().getId(), "sessionId", sessionId, "status", before.name()),
                    Map.of("enrolmentId", entry.getKey().getId(), "sessionId", sessionId, "status", entry.getValue().name()));
            recorded++;
        }
        if (cohort.getStatus() == CohortStatus.OPEN && recorded > 0) {
            var before = cohort.auditState();
            cohort.moveTo(CohortStatus.RUNNING);
            audit.record(AUDIT_COHORT, cohort.getId(), "STATUS_RUNNING", before, cohort.auditState());
        }
        for (Enrolment e : wanted.keySet()) {
            settleCompletion(e);
        }
        return recorded;
    }

    /** A learner marks a self-paced module of their own enrolment done (only their own, whatever else they may do). */
    @Transactional
    public Enrolment completeModule(long enrolmentId, long moduleId, CohortReach reach) {
        return completeSelfPaced(enrolmentId, moduleId, reach, false);
    }

    /**
     * Records a self-paced module done because the learner met its content's rule (passed its check, or opened
     * every page): the learning context decides that, and completion follows the same path as marking it done.
     */
    @Transactional
    public Enrolment completeByContent(long enrolmentId, long moduleId, CohortReach reach) {
        return completeSelfPaced(enrolmentId, moduleId, reach, true);
    }

    /** Whether the module has published pages, so completes only by them. */
    public boolean hasPublishedContent(long moduleId) {
        return moduleContent.hasPublishedContent(moduleId);
    }

    private Enrolment completeSelfPaced(long enrolmentId, long moduleId, CohortReach reach, boolean byContent) {
        Enrolment found = em.find(Enrolment.class, enrolmentId);
        // Self-paced work is the learner's own word: nobody, an administrator included, marks it for them.
        if (found == null || found.getPerson().getId() != reach.self()) {
            throw new NotFound("No enrolment " + enrolmentId + " of yours");
        }
        Cohort cohort = lock(found.getCohort().getId(), reach);
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment.getStatus() != EnrolmentStatus.ENROLLED && enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
            throw new Conflict("Modules are completed with a place in a cohort, not while " + enrolment.getStatus().name());
        }
        if (cohort.getStatus().isClosed()) {
            throw new Conflict("This cohort is " + cohort.getStatus().name());
        }
        Module module = cohort.getProgramme().currentModules().stream().filter(m -> m.getId() == moduleId).findFirst()
                .orElseThrow(() -> ValidationFailure.of("moduleId", "module " + moduleId + " is not part of "
                        + cohort.getProgramme().getCode()));
        if (module.getMode().isLive()) {
            throw ValidationFailure.of("moduleId", "'" + module.getTitle() + "' is a live module: it is completed by "
                    + "attending a session that covers it");
        }
        if (!byContent && hasPublishedContent(module.getId())) {
            throw ValidationFailure.of("moduleId", "'" + module.getTitle() + "' has pages to read: it is completed by "
                    + "passing its check, or by opening every page when it has no check");
        }
        boolean done = em.createQuery("SELECT COUNT(m) FROM ModuleCompletion m WHERE m.enrolment = :e AND m.module = :m",
                Long.class).setParameter("e", enrolment).setParameter("m", module).getSingleResult() > 0;
        if (!done) {
            ModuleCompletion completion = new ModuleCompletion(enrolment, module, today.date(), null);
            em.persist(completion);
            em.flush();
            audit.record(AUDIT_ENROLMENT, enrolment.getId(), "MODULE_COMPLETED", null,
                    Map.of("moduleId", module.getId(), "module", module.getTitle()));
            settleCompletion(enrolment);
        }
        return enrolment;
    }

    /**
     * Makes the enrolment's status follow its progress while the cohort runs. On completion the live
     * modules are written down as attended, so the record keeps what the learner did.
     */
    private void settleCompletion(Enrolment enrolment) {
        if (enrolment.getCohort().getStatus().isClosed() || !enrolment.getStatus().holdsPlace()) {
            return;
        }
        List<ModuleProgress> progress = progress(enrolment);
        boolean complete = Progress.complete(progress);
        var before = enrolment.auditState();
        if (complete && enrolment.getStatus() == EnrolmentStatus.ENROLLED) {
            for (ModuleProgress p : progress) {
                if (p.session() != null) {
                    em.persist(new ModuleCompletion(enrolment, p.module(), p.on(), p.session()));
                }
            }
            enrolment.complete(Progress.completedOn(progress));
            em.flush();
            audit.record(AUDIT_ENROLMENT, enrolment.getId(), "COMPLETED", before, enrolment.auditState());
        } else if (!complete && enrolment.getStatus() == EnrolmentStatus.COMPLETED) {
            em.createQuery("DELETE FROM ModuleCompletion m WHERE m.enrolment = :e AND m.session IS NOT NULL")
                    .setParameter("e", enrolment).executeUpdate();
            enrolment.reopen();
            em.flush();
            audit.record(AUDIT_ENROLMENT, enrolment.getId(), "REOPENED", before, enrolment.auditState());
        }
    }

    /** Each current module of the programme, done or not, for this learner. */
    public List<ModuleProgress> progress(Enrolment enrolment) {
        return progress(enrolment.getCohort(), List.of(enrolment)).get(enrolment.getId());
    }

    /** Progress of several learners of one cohort, by enrolment id, from two queries whatever their number. */
    public Map<Long, List<ModuleProgress>> progress(Cohort cohort, List<Enrolment> learners) {
        Map<Long, Map<Long, LocalDate>> selfPaced = new HashMap<>();
        if (!learners.isEmpty()) {
            em.createQuery("SELECT m FROM ModuleCompletion m WHERE m.enrolment IN :es AND m.session IS NULL",
                            ModuleCompletion.class).setParameter("es", learners).getResultStream()
                    .forEach(m -> selfPaced.computeIfAbsent(m.getEnrolment().getId(), k -> new HashMap<>())
                            .put(m.getModule().getId(), m.getCompletedOn()));
        }
        Map<Long, Map<Long, AttendanceStatus>> grid = latestMarks(cohort);
        List<Module> modules = cohort.getProgramme().currentModules();
        Map<Long, List<ModuleProgress>> progress = new HashMap<>();
        for (Enrolment e : learners) {
            Map<Long, AttendanceStatus> marks = new HashMap<>();
            grid.forEach((sessionId, bySession) -> {
                AttendanceStatus mark = bySession.get(e.getId());
                if (mark != null) {
                    marks.put(sessionId, mark);
                }
            });
            progress.put(e.getId(), Progress.of(modules, cohort.getSessions(), selfPaced.getOrDefault(e.getId(), Map.of()), marks));
        }
        return progress;
    }

    /** Marks for several sessions at once (the attendance grid), in one transaction. */
    @Transactional
    public int recordAttendance(long id, Map<Long, List<Mark>> marksBySession, CohortReach reach, Person recorder) {
        int recorded = 0;
        for (var entry : marksBySession.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                recorded += recordAttendance(id, entry.getKey(), entry.getValue(), reach, recorder);
            }
        }
        return recorded;
    }

    /** What a completed enrolment recorded: module titles and minutes as they were. */
    public List<ModuleCompletion> completions(Enrolment enrolment) {
        return em.createQuery("SELECT m FROM ModuleCompletion m WHERE m.enrolment = :e ORDER BY m.completedOn, m.id",
                ModuleCompletion.class).setParameter("e", enrolment).getResultList();
    }

    /** The latest mark per session id, then per enrolment id: the attendance grid. */
    public Map<Long, Map<Long, AttendanceStatus>> latestMarks(Cohort cohort) {
        Map<Long, Map<Long, AttendanceStatus>> grid = new HashMap<>();
        em.createQuery("SELECT a FROM Attendance a WHERE a.session.cohort = :c ORDER BY a.id", Attendance.class)
                .setParameter("c", cohort).getResultStream()
                .forEach(a -> grid.computeIfAbsent(a.getSession().getId(), k -> new HashMap<>())
                        .put(a.getEnrolment().getId(), a.getStatus()));
        return grid;
    }

    public Cohort find(long id, CohortReach reach) {
        Cohort cohort = em.find(Cohort.class, id);
        if (cohort == null || !sees(cohort, reach)) {
            throw new NotFound("No cohort with id " + id);
        }
        return cohort;
    }

    private boolean sees(Cohort cohort, CohortReach reach) {
        return reach.seesRoster(cohort) || em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.cohort = :c "
                + "AND e.person.id = :p", Long.class).setParameter("c", cohort).setParameter("p", reach.self())
                .getSingleResult() > 0;
    }

    /** The enrolments the caller may see: all for trainers, their schools' for coordinators, their own for learners. */
    public List<Enrolment> roster(Cohort cohort, CohortReach reach) {
        return enrolments(cohort).stream().filter(e -> reach.seesStaffOf(cohort, e.getSchool())
                || e.getPerson().getId() == reach.self()).toList();
    }

    private List<Enrolment> enrolments(Cohort cohort) {
        return em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.person JOIN FETCH e.school WHERE e.cohort = :c "
                + "ORDER BY e.person.name, e.id", Enrolment.class).setParameter("c", cohort).getResultList();
    }

    public Counts counts(Cohort cohort) {
        return counts(List.of(cohort)).getOrDefault(cohort.getId(), Counts.NONE);
    }

    /** Enrolment counts for a page of cohorts, in one query. */
    public Map<Long, Counts> counts(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<EnrolmentStatus, Long>> raw = new HashMap<>();
        em.createQuery("SELECT e.cohort.id, e.status, COUNT(e) FROM Enrolment e WHERE e.cohort IN :cs "
                        + "GROUP BY e.cohort.id, e.status", Object[].class).setParameter("cs", cohorts).getResultStream()
                .forEach(r -> raw.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((EnrolmentStatus) r[1], (Long) r[2]));
        Map<Long, Counts> counts = new HashMap<>();
        raw.forEach((id, byStatus) -> counts.put(id, new Counts(byStatus.getOrDefault(EnrolmentStatus.ENROLLED, 0L),
                byStatus.getOrDefault(EnrolmentStatus.WAITLISTED, 0L), byStatus.getOrDefault(EnrolmentStatus.COMPLETED, 0L),
                byStatus.getOrDefault(EnrolmentStatus.NOT_COMPLETED, 0L), byStatus.getOrDefault(EnrolmentStatus.WITHDRAWN, 0L))));
        return counts;
    }

    /** First and last session start per cohort of a page, in one query; a cohort without sessions is absent. */
    public Map<Long, Instant[]> dates(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant[]> dates = new HashMap<>();
        em.createQuery("SELECT s.cohort.id, MIN(s.startsAt), MAX(s.startsAt) FROM Session s WHERE s.cohort IN :cs "
                        + "GROUP BY s.cohort.id", Object[].class).setParameter("cs", cohorts).getResultStream()
                .forEach(r -> dates.put((Long) r[0], new Instant[] {toInstant(r[1]), toInstant(r[2])}));
        return dates;
    }

    /** Aggregates bypass the attribute converter: MIN of a DATETIME comes back as the column's UTC wall time. */
    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        return ((java.time.LocalDateTime) value).toInstant(java.time.ZoneOffset.UTC);
    }

    /** Filters for the cohort list. */
    public record Filter(String programmeCode, String status, Integer la, boolean mineOnly) {

        public static final Filter NONE = new Filter(null, null, null, false);
    }

    /**
     * Cohorts the caller works with, newest first: all for administrators (or those they lead with
     * {@code mineOnly}), the ones they lead for trainers, their area's (and open-to-all) for coordinators.
     */
    public Page<Cohort> page(Filter filter, CohortReach reach, PageRequest request) {
        List<String> who = new ArrayList<>();
        boolean everyone = reach.everyone() && !filter.mineOnly();
        if (!everyone) {
            who.add("EXISTS (SELECT t FROM Cohort c2 JOIN c2.leadTrainers t WHERE c2 = c AND t.id = :self)");
            if (reach.scope().isPresent() && !filter.mineOnly()) {
                who.add("(l IS NULL OR l.code IN :las OR r.name IN :regions)");
            }
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!who.isEmpty()) {
            where.append(" AND (").append(String.join(" OR ", who)).append(")");
        }
        Validation check = new Validation();
        CohortStatus status = filter.status() == null || filter.status().isBlank() ? null
                : check.choice(CohortStatus.class, filter.status(), "status", "status must be one of " + List.of(CohortStatus.values()));
        check.orThrow();
        if (status != null) {
            where.append(" AND c.status = :status");
        }
        if (filter.programmeCode() != null && !filter.programmeCode().isBlank()) {
            where.append(" AND c.programme.code = :programme");
        }
        if (filter.la() != null) {
            where.append(" AND l.code = :la");
        }
        String from = " FROM Cohort c LEFT JOIN c.localAuthority l LEFT JOIN l.region r";
        TypedQuery<Cohort> items = em.createQuery("SELECT c" + from + where + " ORDER BY c.createdAt DESC, c.id DESC", Cohort.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c)" + from + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (!everyone) {
                q.setParameter("self", reach.self());
                reach.scope().filter(s -> !filter.mineOnly()).ifPresent(s -> q
                        .setParameter("las", s.localAuthorities().isEmpty() ? List.of(-1) : List.copyOf(s.localAuthorities()))
                        .setParameter("regions", s.regions().isEmpty() ? List.of("") : List.copyOf(s.regions())));
            }
            if (status != null) {
                q.setParameter("status", status);
            }
            if (filter.programmeCode() != null && !filter.programmeCode().isBlank()) {
                q.setParameter("programme", filter.programmeCode().strip());
            }
            if (filter.la() != null) {
                q.setParameter("la", filter.la());
            }
        }
        List<Cohort> rows = items.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return new Page<>(rows, request.page(), request.size(), count.getSingleResult());
    }

    /** A person's enrolments, newest first, with their cohorts: "my learning". */
    public List<Enrolment> enrolmentsOf(long personId) {
        return em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.cohort WHERE e.person.id = :p "
                + "ORDER BY e.requestedAt DESC", Enrolment.class).setParameter("p", personId).setMaxResults(200).getResultList();
    }

    /** Sessions a person attends (with a place) or leads, from {@code from} on, earliest first: their calendar. */
    public List<Session> sessionsOf(long personId, Instant from) {
        return em.createQuery("SELECT DISTINCT s FROM Session s JOIN s.cohort c WHERE s.startsAt >= :from "
                        + "AND c.status IN :live AND (EXISTS (SELECT e FROM Enrolment e WHERE e.cohort = c AND e.person.id = :p "
                        + "AND e.status IN :placed) OR EXISTS (SELECT t FROM Cohort c2 JOIN c2.leadTrainers t WHERE c2 = c "
                        + "AND t.id = :p)) ORDER BY s.startsAt", Session.class)
                .setParameter("from", from).setParameter("p", personId)
                .setParameter("live", List.of(CohortStatus.OPEN, CohortStatus.RUNNING, CohortStatus.COMPLETED))
                .setParameter("placed", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED))
                .setMaxResults(500).getResultList();
    }

    public Session session(long id, long sessionId, CohortReach reach) {
        return sessionOf(find(id, reach), sessionId);
    }

    /**
     * The cascade rule for a whole cohort: every lead trainer holds the programme's current TRAINER
     * competency on every session date. Refused with each trainer and date that fails.
     */
    private void requireAuthorisedTrainers(Cohort cohort) {
        Validation check = new Validation();
        Set<LocalDate> days = new HashSet<>();
        cohort.getSessions().forEach(s -> days.add(s.getStartsAt().atZone(Today.ENGLAND).toLocalDate()));
        for (Person trainer : cohort.getLeadTrainers()) {
            for (LocalDate day : days.stream().sorted().toList()) {
                check.require(holdings.mayLead(trainer.getId(), cohort.getProgramme(), day), "leadTrainerIds",
                        trainer.getName() + " does not hold the current trainer competency for "
                                + cohort.getProgramme().getCode() + " on " + day + ", so cannot lead that session");
            }
        }
        check.orThrow();
    }

    private Session session(Cohort cohort, SessionForm form, String prefix, Session existing) {
        if (form == null) {
            throw ValidationFailure.of(prefix + "session", "a session is required");
        }
        Validation check = new Validation();
        Instant start = CohortForms.instant(form.start(), prefix + "start", check);
        Instant end = CohortForms.instant(form.end(), prefix + "end", check);
        Set<Module> modules = new HashSet<>();
        for (Long moduleId : form.moduleIds() == null ? List.<Long>of() : form.moduleIds()) {
            Module module = moduleId == null ? null : em.find(Module.class, moduleId);
            check.require(module != null, prefix + "moduleIds", "there is no module " + moduleId);
            if (module != null) {
                modules.add(module);
            }
        }
        check.orThrow();
        try {
            if (existing == null) {
                return new Session(cohort, start, end, form.location(), form.onlineLink(), modules);
            }
            existing.plan(start, end, form.location(), form.onlineLink(), modules);
            return existing;
        } catch (ValidationFailure e) {
            throw prefix.isEmpty() ? e : e.prefixed(prefix);
        }
    }

    private static Map<String, Object> sessionState(Session s) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("sessionId", s.getId());
        state.put("start", s.getStartsAt().toString());
        state.put("end", s.getEndsAt().toString());
        state.put("where", s.getWhere());
        state.put("modules", s.getModules().stream().map(Module::getTitle).toList());
        return state;
    }

    private Cohort lock(long id, CohortReach reach) {
        Cohort cohort = em.find(Cohort.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (cohort == null || !sees(cohort, reach)) {
            throw new NotFound("No cohort with id " + id);
        }
        return cohort;
    }

    private static void requirePlanner(Cohort cohort, CohortReach reach) {
        if (!reach.plans(cohort)) {
            throw new Forbidden("Only the cohort's lead trainers, coordinators of its area and administrators change it");
        }
    }

    private Session sessionOf(Cohort cohort, long sessionId) {
        return cohort.getSessions().stream().filter(s -> s.getId() == sessionId).findFirst()
                .orElseThrow(() -> new NotFound("No session " + sessionId + " in cohort " + cohort.getId()));
    }

    private Enrolment enrolmentOf(Cohort cohort, long enrolmentId, CohortReach reach) {
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        if (e == null || !e.getCohort().getId().equals(cohort.getId())
                || !(reach.seesStaffOf(cohort, e.getSchool()) || e.getPerson().getId() == reach.self())) {
            throw new NotFound("No enrolment " + enrolmentId + " in cohort " + cohort.getId());
        }
        return e;
    }

    private Set<Person> trainers(List<Long> ids, Validation check) {
        Set<Person> trainers = new HashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            Person p = id == null ? null : em.find(Person.class, id);
            check.require(p != null, "leadTrainerIds", "there is no person with id " + id);
            if (p != null) {
                trainers.add(p);
            }
        }
        return trainers;
    }

    private LocalAuthority localAuthority(Integer code, Validation check) {
        if (code == null) {
            return null;
        }
        LocalAuthority la = em.find(LocalAuthority.class, code);
        check.require(la != null, "localAuthority", "there is no local authority with code " + code);
        return la;
    }

}
