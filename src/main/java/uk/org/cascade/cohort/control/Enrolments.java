package uk.org.cascade.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.cohort.control.CohortForms.EnrolmentForm;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.people.control.Employments;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.platform.Dates;

/**
 * Enrolling staff for a school they work at, and withdrawing them. A place goes to whoever asks while the
 * cohort {@link Cohort#admits admits} more; the rest wait on its {@link WaitingLists waiting list}.
 */
@ApplicationScoped
public class Enrolments {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Inject
    Cohorts cohorts;

    @Inject
    Employments employments;

    @Inject
    WaitingLists waitingLists;

    @Inject
    CohortLetters letters;

    @Inject
    CohortStatements statements;

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
        Cohort cohort = cohorts.lock(id, reach);
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
        boolean worksThere = employments.worksAt(person.getId(), school.getUrn(), day);
        if (!worksThere) {
            throw ValidationFailure.of("schoolUrn", person.getName() + " does not work at " + school.getName()
                    + " (URN " + school.getUrn() + ") on " + Dates.day(day) + ": enrol them for a school where they are employed");
        }
        boolean placeFree = cohort.admits(cohorts.counts(cohort).placesTaken());
        Instant now = today.now();
        Optional<Enrolment> earlier = em.createQuery("SELECT e FROM Enrolment e WHERE e.cohort = :c AND e.person = :p",
                Enrolment.class).setParameter("c", cohort).setParameter("p", person).getResultStream().findFirst();
        Enrolment enrolment;
        if (earlier.isPresent()) {
            enrolment = earlier.get();
            var before = enrolment.auditState();
            enrolment.rejoin(school, placeFree, now);
            em.flush();
            audit.record(Cohorts.AUDIT_ENROLMENT, enrolment.getId(), "REJOINED", before, enrolment.auditState());
        } else {
            enrolment = new Enrolment(cohort, person, school, placeFree, now);
            em.persist(enrolment);
            em.flush();
            audit.record(Cohorts.AUDIT_ENROLMENT, enrolment.getId(), "CREATED", null, enrolment.auditState());
        }
        if (enrolment.getStatus().holdsPlace()) {
            statements.registered(enrolment);
        }
        letters.enrolled(enrolment);
        return enrolment;
    }

    /** Gives up a place (the first on the waiting list gets it) or a waiting-list place. */
    @Transactional
    public Enrolment withdraw(long id, long enrolmentId, CohortReach reach) {
        Cohort cohort = cohorts.lock(id, reach);
        Enrolment enrolment = cohorts.enrolmentOf(cohort, enrolmentId, reach);
        if (enrolment.getPerson().getId() != reach.self() && !reach.seesStaffOf(cohort, enrolment.getSchool())) {
            throw new Forbidden("You may not withdraw this enrolment");
        }
        var before = enrolment.auditState();
        enrolment.withdraw();
        em.flush();
        audit.record(Cohorts.AUDIT_ENROLMENT, enrolment.getId(), "WITHDRAWN", before, enrolment.auditState());
        waitingLists.fillFreePlaces(cohort);
        return enrolment;
    }

}
