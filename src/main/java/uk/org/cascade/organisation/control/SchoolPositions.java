package uk.org.cascade.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.cascade.organisation.control.BritishGrid.LatLon;

/** Where schools are, for maps: their GIAS grid references as WGS84 points, published for the other contexts. */
@ApplicationScoped
public class SchoolPositions {

    @PersistenceContext
    EntityManager em;

    /**
     * The point of every school in these local authorities ({@code null}: all of England) that GIAS places on the
     * grid, by URN; one statement. A school missing from the answer has no position.
     */
    public Map<Integer, LatLon> in(Set<Integer> laCodes) {
        if (laCodes != null && laCodes.isEmpty()) {
            return Map.of();
        }
        TypedQuery<Object[]> query = em.createQuery("SELECT s.urn, s.easting, s.northing FROM School s "
                + "WHERE s.easting IS NOT NULL AND s.northing IS NOT NULL"
                + (laCodes == null ? "" : " AND s.localAuthority.code IN :codes"), Object[].class);
        if (laCodes != null) {
            query.setParameter("codes", List.copyOf(laCodes));
        }
        Map<Integer, LatLon> positions = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            BritishGrid.toWgs84((Integer) row[1], (Integer) row[2])
                    .ifPresent(at -> positions.put((Integer) row[0], at));
        }
        return positions;
    }
}
