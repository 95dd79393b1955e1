package uk.org.cascade.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.competency.control.LearnerCohorts;
import uk.org.cascade.platform.control.Today;

/** The cohort side of sign-offs: whether and since when a learner has a place, and who leads their cohorts. */
@ApplicationScoped
public class SignOffLearnerCohorts implements LearnerCohorts {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<LocalDate> placedSince(long cohortId, long learnerId) {
        return em.createQuery("SELECT e.requestedAt FROM Enrolment e WHERE e.cohort.id = :c AND e.person.id = :p "
                        + "AND e.status IN :placed", Instant.class)
                .setParameter("c", cohortId).setParameter("p", learnerId)
                .setParameter("placed", EnrolmentStatus.PLACED)
                .getResultStream().findFirst().map(Today::dayOf);
    }

    @Override
    public boolean leadsACohortOf(long trainerId, long learnerId) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e JOIN e.cohort c JOIN c.leadTrainers t "
                        + "WHERE e.person.id = :learner AND t.id = :trainer AND e.status <> :withdrawn", Long.class)
                .setParameter("learner", learnerId).setParameter("trainer", trainerId)
                .setParameter("withdrawn", EnrolmentStatus.WITHDRAWN).getSingleResult() > 0;
    }
}
