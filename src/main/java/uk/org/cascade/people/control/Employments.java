package uk.org.cascade.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import uk.org.cascade.people.entity.Employment;

/**
 * Who works where on a day, published for the other contexts. An employment runs from its start date to its end
 * date inclusive: the end date is the last working day ({@link uk.org.cascade.people.entity.Employment#isCurrentOn}).
 */
@ApplicationScoped
public class Employments {

    /** JPQL: employment {@code e} is current on {@code :day}. */
    public static final String EMPLOYED_ON_DAY = "e.startDate <= :day AND (e.endDate IS NULL OR e.endDate >= :day)";

    @PersistenceContext
    EntityManager em;

    /** {@link #EMPLOYED_ON_DAY} in SQL, for row {@code alias} of {@code employment} and the SQL expression {@code day}. */
    public static String employedOnDay(String alias, String day) {
        return alias + ".start_date <= " + day + " AND (" + alias + ".end_date IS NULL OR " + alias + ".end_date >= "
                + day + ")";
    }

    /** The schools (by URN) where the person works on {@code day}, earliest employment first. */
    public List<Integer> schoolsOn(long personId, LocalDate day) {
        return em.createQuery("SELECT e.school.urn FROM Employment e WHERE e.person.id = :p AND e.school IS NOT NULL AND "
                        + EMPLOYED_ON_DAY + " ORDER BY e.startDate, e.id", Integer.class)
                .setParameter("p", personId).setParameter("day", day).getResultStream().distinct().toList();
    }

    /** The school employments of these people current on {@code day}, with their schools and areas, earliest first. */
    public List<Employment> atSchoolsOn(Collection<Long> personIds, LocalDate day) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Employment e JOIN FETCH e.school s JOIN FETCH s.localAuthority "
                        + "WHERE e.person.id IN :ids AND " + EMPLOYED_ON_DAY + " ORDER BY e.startDate, e.id", Employment.class)
                .setParameter("ids", List.copyOf(personIds)).setParameter("day", day).getResultList();
    }

    /** Whether the person works at the school on {@code day}. */
    public boolean worksAt(long personId, int urn, LocalDate day) {
        return em.createQuery("SELECT COUNT(e) FROM Employment e WHERE e.person.id = :p AND e.school.urn = :s AND "
                        + EMPLOYED_ON_DAY, Long.class)
                .setParameter("p", personId).setParameter("s", urn).setParameter("day", day).getSingleResult() > 0;
    }
}
