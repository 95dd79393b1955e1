package uk.org.cascade.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import uk.org.cascade.competency.control.Assessors;
import uk.org.cascade.people.control.People;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.supervision.entity.SupervisionLog;

/** Reading supervision in bulk: a person's history and the export of logs over dates, as far as {@link LogReaders} allow. */
@ApplicationScoped
public class SupervisionHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Assessors assessors;

    /**
     * A person's supervision that the caller may read ({@link LogReaders}), newest first: the same logs their
     * single reads allow, no more. 404 when the caller may not see the person's record at all.
     */
    public List<SupervisionLog> history(long personId, UserAccount caller) {
        long me = caller.getPerson().getId();
        boolean may = caller.holds(Role.ADMIN) || me == personId;
        if (!may && caller.holds(Role.COORDINATOR)) {
            try {
                people.find(personId, People.Reach.of(caller));
                may = true;
            } catch (NotFound e) {
                // a supervisor may still reach them
            }
        }
        if (!may && SupervisionPolicy.supervises(caller)) {
            may = isSupervisee(me, personId, null);
        }
        if (!may) {
            throw new NotFound("No person with id " + personId);
        }
        LogReaders.Condition readable = LogReaders.readable(caller);
        return readable.bind(em.createQuery("SELECT l FROM SupervisionLog l WHERE EXISTS (SELECT h FROM Supervisee h "
                + "WHERE h.log = l AND h.person.id = :p)" + readable.jpql() + " ORDER BY l.date DESC, l.id DESC",
                SupervisionLog.class).setParameter("p", personId)).setMaxResults(500).getResultList();
    }

    /** Logs the caller may read from {@code from} to {@code to}, oldest first, a thousand per query, for the export. */
    public void forEachLog(LocalDate from, LocalDate to, UserAccount caller, Consumer<SupervisionLog> each) {
        LogReaders.Condition readable = LogReaders.readable(caller);
        long after = 0;
        while (true) {
            TypedQuery<SupervisionLog> q = em.createQuery("SELECT l FROM SupervisionLog l WHERE "
                            + "l.date >= :from AND l.date <= :to AND l.id > :after" + readable.jpql() + " ORDER BY l.id",
                            SupervisionLog.class)
                    .setParameter("from", from).setParameter("to", to).setParameter("after", after)
                    // Supervisees and themes for the whole batch in one query each, not one per log.
                    .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "l.supervisees")
                    .setHint("eclipselink.batch", "l.themes").setMaxResults(1000);
            List<SupervisionLog> batch = readable.bind(q).getResultList();
            batch.forEach(each);
            if (batch.size() < 1000) {
                return;
            }
            after = batch.get(batch.size() - 1).getId();
        }
    }

    /** {@code personId} is supervisor {@code me}'s: supervised by them before, or signed off by them (for the programme, when given). */
    boolean isSupervisee(long me, long personId, Long programmeId) {
        long supervised = em.createQuery("SELECT COUNT(s) FROM Supervisee s WHERE s.person.id = :p AND s.log.supervisor.id = :me "
                        + "AND (:prog IS NULL OR s.programme.id = :prog)", Long.class)
                .setParameter("p", personId).setParameter("me", me).setParameter("prog", programmeId).getSingleResult();
        return supervised > 0 || assessors.hasSignedOff(me, personId, programmeId);
    }

    /** A person's name, for a page that has already checked the caller may see them. */
    public String personName(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId)).map(Person::getName).orElse("");
    }
}
