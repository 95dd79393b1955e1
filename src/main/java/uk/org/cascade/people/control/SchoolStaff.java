package uk.org.cascade.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.people.control.People.Reach;
import uk.org.cascade.people.entity.Employment;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.control.Today;

/** Who works at a school today, for the school page's joiners and leavers. */
@ApplicationScoped
public class SchoolStaff {

    @PersistenceContext
    EntityManager em;

    @Inject
    Today today;

    /** The school's current employments by name, when the caller may change them (else 403) and reaches it (else 404). */
    public List<Employment> today(int urn, Reach reach) {
        People.requireChanger(reach);
        School school = em.find(School.class, urn);
        if (school == null || !reach.covers(school)) {
            throw new NotFound("No school with URN " + urn);
        }
        return em.createQuery("SELECT e FROM Employment e JOIN FETCH e.person p WHERE e.school = :s AND "
                        + Employments.EMPLOYED_ON_DAY + " ORDER BY p.name, e.startDate, e.id", Employment.class)
                .setParameter("s", school).setParameter("day", today.date()).getResultList();
    }
}
