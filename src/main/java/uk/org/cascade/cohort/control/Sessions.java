package uk.org.cascade.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.cohort.control.CohortForms.SessionForm;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;

/** A cohort's sessions: adding, re-planning and removing them (one that happened, with attendance, stays). */
@ApplicationScoped
public class Sessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Cohorts cohorts;

    @Inject
    LeadTrainers leadTrainers;

    @Transactional
    public Session add(long id, SessionForm form, CohortReach reach) {
        Cohort cohort = cohorts.lock(id, reach);
        Cohorts.requirePlanner(cohort, reach);
        Session session = session(cohort, form, "", null);
        cohort.add(session);
        leadTrainers.requireAuthorised(cohort);
        em.persist(session);
        em.flush();
        audit.record(Cohorts.AUDIT_COHORT, cohort.getId(), "SESSION_ADDED", null, sessionState(session));
        return session;
    }

    @Transactional
    public Session revise(long id, long sessionId, SessionForm form, CohortReach reach) {
        Cohort cohort = cohorts.lock(id, reach);
        Cohorts.requirePlanner(cohort, reach);
        cohort.requireNotClosed();
        Session session = cohorts.sessionOf(cohort, sessionId);
        var before = sessionState(session);
        session(cohort, form, "", session);
        leadTrainers.requireAuthorised(cohort);
        em.flush();
        audit.record(Cohorts.AUDIT_COHORT, cohort.getId(), "SESSION_REVISED", before, sessionState(session));
        return session;
    }

    @Transactional
    public void remove(long id, long sessionId, CohortReach reach) {
        Cohort cohort = cohorts.lock(id, reach);
        Cohorts.requirePlanner(cohort, reach);
        Session session = cohorts.sessionOf(cohort, sessionId);
        long marks = em.createQuery("SELECT COUNT(a) FROM Attendance a WHERE a.session = :s", Long.class)
                .setParameter("s", session).getSingleResult();
        if (marks > 0) {
            throw new Conflict("Attendance is recorded for this session: it happened, so it stays");
        }
        var before = sessionState(session);
        cohort.remove(session);
        em.remove(session);
        em.flush();
        audit.record(Cohorts.AUDIT_COHORT, cohort.getId(), "SESSION_REMOVED", before, null);
    }

    public Session session(long id, long sessionId, CohortReach reach) {
        return cohorts.sessionOf(cohorts.find(id, reach), sessionId);
    }

    Session session(Cohort cohort, SessionForm form, String prefix, Session existing) {
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

}
