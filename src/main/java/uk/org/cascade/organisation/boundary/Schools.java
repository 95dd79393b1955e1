package uk.org.cascade.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import uk.org.cascade.organisation.control.SchoolReach;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.organisation.entity.SchoolStatus;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.security.entity.Scope;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Schools as a caller may see them. A coordinator sees the schools of their local authorities and
 * regions; everyone else who may read schools sees the whole (public) register. Filtering and sorting
 * happen in the query, so a page never holds rows outside the caller's reach.
 */
@ApplicationScoped
public class Schools {

    /** The optional filters of the schools list. */
    public record Filter(Integer la, String region, String phase, String status, String q, String urbanRural,
                         Integer imdDecile) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null, null);
    }

    /** Columns a list may be sorted by, and what they sort on. */
    private static final Map<String, String> SORTS = Map.of(
            "name", "s.name", "urn", "s.urn", "localAuthority", "l.name", "status", "s.status", "phase", "s.phase",
            "urbanRural", "s.urbanRural", "imdDecile", "s.imdDecile");
    private static final int EXPORT_BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    /** Whose schools {@code user} may see: empty for the whole register, else a coordinator's scope. */
    public static Optional<Scope> reachOf(UserAccount user) {
        return SchoolReach.of(user);
    }

    public Page<School> page(Filter filter, Optional<Scope> reach, PageRequest request) {
        return page(filter, reach, request, null, true);
    }

    /** One page, by {@code sortField} (a column name; null sorts by name) then URN. */
    public Page<School> page(Filter filter, Optional<Scope> reach, PageRequest request, String sortField, boolean ascending) {
        Where where = where(filter, reach);
        String order = SORTS.getOrDefault(sortField == null ? "name" : sortField, "s.name") + (ascending ? " ASC" : " DESC");
        TypedQuery<School> items = where.bind(em.createQuery("SELECT s FROM School s JOIN FETCH s.localAuthority l "
                + "JOIN FETCH l.region" + where.clause + " ORDER BY " + order + ", s.urn", School.class));
        TypedQuery<Long> count = where.bind(em.createQuery("SELECT COUNT(s) FROM School s JOIN s.localAuthority l"
                + where.clause, Long.class));
        List<School> rows = items.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return new Page<>(rows, request.page(), request.size(), count.getSingleResult());
    }

    /** Every matching school by URN, a batch at a time, for exports of any size. */
    public void forEach(Filter filter, Optional<Scope> reach, Consumer<School> each) {
        Where where = where(filter, reach);
        Integer after = 0;
        while (after != null) {
            List<School> batch = where.bind(em.createQuery("SELECT s FROM School s JOIN FETCH s.localAuthority l "
                            + "JOIN FETCH l.region" + where.clause + (where.clause.isEmpty() ? " WHERE" : " AND")
                            + " s.urn > :after ORDER BY s.urn", School.class))
                    .setParameter("after", after).setMaxResults(EXPORT_BATCH).getResultList();
            batch.forEach(each);
            after = batch.size() < EXPORT_BATCH ? null : batch.get(batch.size() - 1).getUrn();
            em.clear();
        }
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

    /** Distinct values of a text column among the schools in reach, for filter menus. */
    public List<String> values(String column, Optional<Scope> reach) {
        String field = Map.of("phase", "s.phase", "urbanRural", "s.urbanRural").get(column);
        Where where = where(Filter.NONE, reach);
        return where.bind(em.createQuery("SELECT DISTINCT " + field + " FROM School s JOIN s.localAuthority l"
                + where.clause + (where.clause.isEmpty() ? " WHERE " : " AND ") + field + " IS NOT NULL ORDER BY "
                + field, String.class)).getResultList();
    }

    private static Where where(Filter filter, Optional<Scope> reach) {
        Where w = new Where();
        if (filter.la() != null) {
            w.add("l.code = :la", "la", filter.la());
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            w.add("l.region.name = :region", "region", filter.region().strip());
        }
        if (filter.phase() != null && !filter.phase().isBlank()) {
            w.add("s.phase = :phase", "phase", filter.phase().strip());
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            w.add("s.status = :status", "status", status(filter.status()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            w.add("LOWER(s.name) LIKE :q", "q", "%" + filter.q().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.urbanRural() != null && !filter.urbanRural().isBlank()) {
            w.add("s.urbanRural = :urbanRural", "urbanRural", filter.urbanRural().strip());
        }
        if (filter.imdDecile() != null) {
            if (filter.imdDecile() < 1 || filter.imdDecile() > 10) {
                throw ValidationFailure.of("imdDecile", "imdDecile runs from 1 to 10");
            }
            w.add("s.imdDecile = :imd", "imd", filter.imdDecile());
        }
        reach.ifPresent(scope -> {
            // IN () is not valid SQL: an impossible value stands in for an empty list.
            w.add("(l.code IN :scopeLas OR l.region.name IN :scopeRegions)", "scopeLas",
                    scope.localAuthorities().isEmpty() ? List.of(-1) : List.copyOf(scope.localAuthorities()));
            w.params.add(new Object[] {"scopeRegions", scope.regions().isEmpty() ? List.of("")
                    : List.copyOf(scope.regions())});
        });
        return w;
    }

    private static SchoolStatus status(String value) {
        try {
            return SchoolStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("status", "status must be OPEN, CLOSED or PROPOSED");
        }
    }

    /** A WHERE clause and its parameters, built once and bound to each query that shares it. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object[]> params = new ArrayList<>();
        private String clause = "";

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            params.add(new Object[] {name, value});
            clause = " WHERE " + String.join(" AND ", conditions);
        }

        <Q extends jakarta.persistence.Query> Q bind(Q query) {
            for (Object[] p : params) {
                query.setParameter((String) p[0], p[1]);
            }
            return query;
        }
    }
}
