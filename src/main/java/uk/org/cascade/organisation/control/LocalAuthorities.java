package uk.org.cascade.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import uk.org.cascade.organisation.entity.LocalAuthority;

/** England's local authorities, published for the other contexts' lists and scope checks. */
@ApplicationScoped
public class LocalAuthorities {

    @PersistenceContext
    EntityManager em;

    /** Every local authority with its region, by name. */
    public List<LocalAuthority> all() {
        return em.createQuery("SELECT l FROM LocalAuthority l JOIN FETCH l.region ORDER BY l.name", LocalAuthority.class)
                .getResultList();
    }

    /** The codes of the local authorities in the named regions; empty for unknown names. */
    public Set<Integer> codesIn(Collection<String> regions) {
        if (regions.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT l.code FROM LocalAuthority l WHERE l.region.name IN :r", Integer.class)
                .setParameter("r", List.copyOf(regions)).getResultList());
    }
}
