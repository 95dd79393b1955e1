package uk.org.cascade.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.cohort.control.CohortForms.Mark;
import uk.org.cascade.cohort.entity.Attendance;
import uk.org.cascade.cohort.entity.AttendanceStatus;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.CohortStatus;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.Today;

/**
 * The attendance register: the lead trainers' marks per session, appended so corrections keep history. The
 * first marks start an OPEN cohort; each learner's completion follows their marks ({@link CohortCompletion}).
 */
@ApplicationScoped
public class AttendanceRegister {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Inject
    Cohorts cohorts;

    @Inject
    CohortCompletion completion;

    /**
     * Marks for one session, appended (the latest counts); unchanged marks are not repeated. Recording the
     * first marks starts an OPEN cohort. Completion follows the marks.
     */
    @Transactional
    public int record(long id, long sessionId, List<Mark> marks, CohortReach reach, Person recorder) {
        Cohort cohort = cohorts.lock(id, reach);
        if (!reach.teaches(cohort)) {
            throw new Forbidden("Only the cohort's lead trainers record attendance");
        }
        Session session = cohorts.sessionOf(cohort, sessionId);
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
        Map<Long, Enrolment> roster = cohorts.enrolments(cohort).stream().collect(Collectors.toMap(Enrolment::getId, Function.identity()));
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
        Map<Long, AttendanceStatus> current = cohorts.latestMarks(cohort).getOrDefault(sessionId, Map.of());
        int recorded = 0;
        for (var entry : wanted.entrySet()) {
            AttendanceStatus before = current.get(entry.getKey().getId());
            if (before == entry.getValue()) {
                continue;
            }
            Attendance attendance = new Attendance(entry.getKey(), session, entry.getValue(), recorder, now);
            em.persist(attendance);
            em.flush();
            audit.record(Cohorts.AUDIT_ATTENDANCE, attendance.getId(), before == null ? "MARKED" : "CORRECTED",
                    before == null ? null : Map.of("enrolmentId", entry.getKey().getId(), "sessionId", sessionId, "status", before.name()),
                    Map.of("enrolmentId", entry.getKey().getId(), "sessionId", sessionId, "status", entry.getValue().name()));
            recorded++;
        }
        if (cohort.getStatus() == CohortStatus.OPEN && recorded > 0) {
            var before = cohort.auditState();
            cohort.moveTo(CohortStatus.RUNNING);
            audit.record(Cohorts.AUDIT_COHORT, cohort.getId(), "STATUS_RUNNING", before, cohort.auditState());
        }
        for (Enrolment e : wanted.keySet()) {
            completion.settle(e);
        }
        return recorded;
    }

    /** Marks for several sessions at once (the attendance grid), in one transaction. */
    @Transactional
    public int record(long id, Map<Long, List<Mark>> marksBySession, CohortReach reach, Person recorder) {
        int recorded = 0;
        for (var entry : marksBySession.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                recorded += record(id, entry.getKey(), entry.getValue(), reach, recorder);
            }
        }
        return recorded;
    }

}
