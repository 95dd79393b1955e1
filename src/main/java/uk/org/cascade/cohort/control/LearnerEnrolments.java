package uk.org.cascade.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.curriculum.entity.Programme;

/**
 * What self-paced learning asks of cohorts: the place through which a learner takes a programme's modules, which
 * modules an enrolment has completed, a cohort's enrolments, and whether a trainer leads a cohort of a programme.
 * Learning, built on cohorts, reads these here rather than querying cohort's records itself.
 */
@ApplicationScoped
public class LearnerEnrolments {

    @PersistenceContext
    EntityManager em;

    public Optional<Enrolment> find(long enrolmentId) {
        return Optional.ofNullable(em.find(Enrolment.class, enrolmentId));
    }

    /**
     * The person's place in a cohort of the programme: the enrolment named, when it is theirs, of that programme
     * and holds a place; else their newest place-holding one, an enrolled place before a completed one.
     */
    public Optional<Enrolment> placeIn(Programme programme, long personId, Long enrolmentId) {
        if (enrolmentId != null) {
            Enrolment e = em.find(Enrolment.class, enrolmentId);
            return e != null && e.getPerson().getId() == personId && e.getCohort().getProgramme().equals(programme)
                    && e.getStatus().holdsPlace() ? Optional.of(e) : Optional.empty();
        }
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.person.id = :p AND e.cohort.programme = :prog "
                        + "AND e.status IN :holding ORDER BY e.requestedAt DESC", Enrolment.class).setParameter("p", personId)
                .setParameter("prog", programme).setParameter("holding", EnrolmentStatus.PLACE_HOLDING).getResultStream()
                .min(Comparator.comparing(e -> e.getStatus() == EnrolmentStatus.ENROLLED ? 0 : 1));
    }

    /** Whether the enrolment has completed the module, by whatever path it was recorded. */
    public boolean completed(Enrolment enrolment, Module module) {
        return em.createQuery("SELECT COUNT(c) FROM ModuleCompletion c WHERE c.enrolment = :e AND c.module = :m", Long.class)
                .setParameter("e", enrolment).setParameter("m", module).getSingleResult() > 0;
    }

    /** Per enrolment id, the ids of the modules it has completed (enrolments without any are left out); one query. */
    public Map<Long, Set<Long>> completedModules(Collection<Enrolment> enrolments) {
        Map<Long, Set<Long>> done = new HashMap<>();
        if (enrolments.isEmpty()) {
            return done;
        }
        em.createQuery("SELECT c.enrolment.id, c.module.id FROM ModuleCompletion c WHERE c.enrolment IN :es", Object[].class)
                .setParameter("es", enrolments).getResultStream()
                .forEach(r -> done.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add(((Number) r[1]).longValue()));
        return done;
    }

    /** The ids of every enrolment in the cohort, whatever its status. */
    public List<Long> enrolmentIds(Cohort cohort) {
        return em.createQuery("SELECT e.id FROM Enrolment e WHERE e.cohort = :c", Long.class).setParameter("c", cohort)
                .getResultList();
    }

    /** Whether the person is a lead trainer of any cohort of the programme. */
    public boolean leadsCohortOf(Programme programme, long personId) {
        return em.createQuery("SELECT COUNT(c) FROM Cohort c JOIN c.leadTrainers t WHERE c.programme = :p AND t.id = :me",
                Long.class).setParameter("p", programme).setParameter("me", personId).getSingleResult() > 0;
    }
}
