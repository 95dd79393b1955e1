package uk.org.cascade.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import uk.org.cascade.people.control.Supervisors;
import uk.org.cascade.people.entity.Person;

/** Supervision's answer to "who supervises this person?": the supervisor of their latest log. */
@ApplicationScoped
public class SupervisorsFromLogs implements Supervisors {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Person> latestSupervisor(long personId, LocalDate day) {
        return em.createQuery("SELECT s.log.supervisor FROM Supervisee s WHERE s.person.id = :p AND s.sessionDate <= :d "
                        + "ORDER BY s.sessionDate DESC, s.log.id DESC", Person.class)
                .setParameter("p", personId).setParameter("d", day).setMaxResults(1).getResultStream().findFirst();
    }
}
