package uk.org.cascade.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.cohort.control.CohortForms.CohortForm;
import uk.org.cascade.cohort.control.CohortForms.SessionForm;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.CohortStatus;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.Versions;
import uk.org.cascade.platform.control.Today;

/**
 * Planning a cohort and moving it through its life: create, revise its details and trainers, open, start, close,
 * cancel. Every change keeps the cascade rule ({@link LeadTrainers}).
 */
@ApplicationScoped
public class CohortPlanning {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Inject
    Curriculum curriculum;

    @Inject
    LeadTrainers leadTrainers;

    @Inject
    Cohorts cohorts;

    @Inject
    Sessions sessionsOfCohort;

    @Inject
    WaitingLists waitingLists;

    @Transactional
    public Cohort create(CohortForm form, CohortReach reach) {
        if (!reach.mayCreate()) {
            throw new Forbidden("Only administrators, trainers and coordinators plan cohorts");
        }
        Validation check = new Validation();
        Programme programme = curriculum.findProgramme(form.programmeCode()).orElse(null);
        check.require(programme != null, "programmeCode", "there is no programme with code " + form.programmeCode());
        Set<Person> trainers = leadTrainers.find(form.leadTrainerIds(), check);
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
            cohort.add(sessionsOfCohort.session(cohort, sessions.get(i), "sessions[" + i + "].", null));
        }
        leadTrainers.requireAuthorised(cohort);
        if (status != CohortStatus.DRAFT) {
            cohort.moveTo(status);
        }
        em.persist(cohort);
        em.flush();
        audit.record(Cohorts.AUDIT_COHORT, cohort.getId(), "CREATED", null, cohort.auditState());
        return cohort;
    }

    /** Title, capacity, local authority and lead trainers; more places go to the waiting list at once. */
    @Transactional
    public Cohort revise(long id, CohortForm form, CohortReach reach) {
        Cohort cohort = cohorts.lock(id, reach);
        Cohorts.requirePlanner(cohort, reach);
        Versions.require(form.version(), cohort.getVersion(), "cohort");
        Validation check = new Validation();
        Set<Person> trainers = leadTrainers.find(form.leadTrainerIds(), check);
        LocalAuthority la = localAuthority(form.localAuthority(), check);
        check.orThrow();
        var before = cohort.auditState();
        cohort.revise(form.title(), form.capacity(), la, trainers, cohorts.counts(cohort).placesTaken());
        leadTrainers.requireAuthorised(cohort);
        // A change of trainers alone touches only the join table: bump the version so a concurrent edit is refused.
        em.lock(cohort, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(Cohorts.AUDIT_COHORT, cohort.getId(), "REVISED", before, cohort.auditState());
        waitingLists.fillFreePlaces(cohort);
        return cohort;
    }

    /**
     * Opens, starts, closes or cancels. Closing makes every unfinished learner NOT_COMPLETED; closing or
     * cancelling takes everyone off the waiting list.
     */
    @Transactional
    public Cohort move(long id, String to, Long version, CohortReach reach) {
        Cohort cohort = cohorts.lock(id, reach);
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
            leadTrainers.requireAuthorised(cohort);
        }
        if (next.isClosed()) {
            for (Enrolment e : cohorts.enrolments(cohort)) {
                var was = e.auditState();
                EnrolmentStatus old = e.getStatus();
                e.closeWith(next);
                if (old != e.getStatus()) {
                    audit.record(Cohorts.AUDIT_ENROLMENT, e.getId(), "COHORT_" + next.name(), was, e.auditState());
                }
            }
        }
        em.flush();
        audit.record(Cohorts.AUDIT_COHORT, cohort.getId(), "STATUS_" + next.name(), before, cohort.auditState());
        return cohort;
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
