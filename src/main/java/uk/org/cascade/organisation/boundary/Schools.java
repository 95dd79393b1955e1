package uk.org.cascade.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.organisation.entity.SchoolStatus;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.security.entity.Scope;

/**
 * Schools as a caller may see them. A coordinator sees the schools of their local authorities and
 * regions; everyone else who may read schools sees the whole (public) register. Filtering happens in
 * the query, so a page never holds rows outside the caller's reach.
 */
@ApplicationScoped
public class Schools {

    /** The optional filters of the schools list. */
    public record Filter(Integer la, String region, String phase, String status, String q) {
    }

    @PersistenceContext
    EntityManager em;

    /** {@code reach} is empty for callers who see every school. */
    public Page<School> page(Filter filter, Optional<Scope> reach, PageRequest request) {
        List<String> where = new ArrayList<>();
        List<Object[]> params = new ArrayList<>();
        if (filter.la() != null) {
            where.add("s.localAuthority.code = :la");
            params.add(new Object[] {"la", filter.la()});
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            where.add("s.localAuthority.region.name = :region");
            params.add(new Object[] {"region", filter.region().strip()});
        }
        if (filter.phase() != null && !filter.phase().isBlank()) {
            where.add("s.phase = :phase");
            params.add(new Object[] {"phase", filter.phase().strip()});
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            where.add("s.status = :status");
            params.add(new Object[] {"status", status(filter.status())});
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("LOWER(s.name) LIKE :q");
            params.add(new Object[] {"q", "%" + filter.q().strip().toLowerCase(Locale.ROOT) + "%"});
        }
        reach.ifPresent(scope -> {
            where.add("(s.localAuthority.code IN :scopeLas OR s.localAuthority.region.name IN :scopeRegions)");
            // IN () is not valid SQL: an impossible value stands in for an empty list.
            params.add(new Object[] {"scopeLas", scope.localAuthorities().isEmpty() ? List.of(-1)
                    : List.copyOf(scope.localAuthorities())});
            params.add(new Object[] {"scopeRegions", scope.regions().isEmpty() ? List.of("")
                    : List.copyOf(scope.regions())});
        });
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<School> items = em.createQuery("SELECT s FROM School s JOIN FETCH s.localAuthority l "
                + "JOIN FETCH l.region" + clause + " ORDER BY s.name, s.urn", School.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM School s" + clause, Long.class);
        for (Object[] p : params) {
            items.setParameter((String) p[0], p[1]);
            count.setParameter((String) p[0], p[1]);
        }
        List<School> rows = items.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return new Page<>(rows, request.page(), request.size(), count.getSingleResult());
    }

    /** One school, or not found when it does not exist or lies outside the caller's reach. */
    public School find(int urn, Optional<Scope> reach) {
        School school = em.find(School.class, urn);
        if (school == null || reach.map(scope -> !scope.includes(school.getLocalAuthority().getCode(),
                school.getLocalAuthority().getRegion().getName())).orElse(false)) {
            throw new NotFound("No school with URN " + urn);
        }
        return school;
    }

    private static SchoolStatus status(String value) {
        try {
            return SchoolStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("status", "status must be OPEN, CLOSED or PROPOSED");
        }
    }
}
