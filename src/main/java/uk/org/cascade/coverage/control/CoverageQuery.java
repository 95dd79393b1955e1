package uk.org.cascade.coverage.control;

import java.io.Serializable;
import static uk.org.cascade.coverage.control.SqlRows.number;
import static uk.org.cascade.coverage.control.SqlRows.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.cascade.competency.control.Holdings;
import uk.org.cascade.coverage.control.CoverageRule.Reason;
import uk.org.cascade.coverage.control.CoverageRule.Staff;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.people.control.Employments;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;

/**
 * Coverage as a read model: one SQL statement gives every school in an area its trained staff on a day, those
 * still trained at the 90-day horizon, its target and its status; lists page it and {@link CoverageRollups} group it,
 * in the database. It applies {@link CoverageRule}'s day rules (employment end dates inclusive, expiry exclusive, the
 * horizon from sign-offs recorded by the day) to all schools at once; CoverageIT checks it against the rule.
 */
@ApplicationScoped
public class CoverageQuery {

    /** Where to look: {@code laCodes} null for all of England, else those local authorities only. */
    public record Area(Set<Integer> laCodes) implements Serializable {

        public static final Area ENGLAND = new Area(null);

        public boolean isEmpty() {
            return laCodes != null && laCodes.isEmpty();
        }
    }

    /** Narrowing within the area; nulls and empty sets mean "any". */
    public record Filter(String phase, String urbanRural, Integer imdDecile, Set<CoverageStatus> statuses, String q) {

        public static final Filter NONE = new Filter(null, null, null, Set.of(), null);
    }

    /**
     * One school's coverage; {@code reasons} are filled for AT_RISK schools only. {@code easting} and
     * {@code northing} are its GIAS grid reference (British National Grid), null where GIAS has none.
     */
    public record SchoolCoverage(int urn, String name, int laCode, String laName, String region, String phase,
                                 String urbanRural, Integer imdDecile, int target, long trained, long staying,
                                 CoverageStatus status, List<Reason> reasons, Integer easting, Integer northing) implements Serializable {

        public boolean resilient() {
            return CoverageRule.resilient(status, trained);
        }

        /** The same school with the reasons it is at risk. */
        public SchoolCoverage withReasons(List<Reason> why) {
            return new SchoolCoverage(urn, name, laCode, laName, region, phase, urbanRural, imdDecile, target, trained,
                    staying, status, List.copyOf(why), easting, northing);
        }
    }

    /** The window's total after the statement's columns (urn … status, easting, northing). */
    private static final int TOTAL_COLUMN = 14;

    private static final Map<String, String> SORTS = Map.of(
            "name", "c.name", "urn", "c.urn", "localAuthority", "c.la_name", "trained", "c.trained",
            "target", "c.target", "phase", "c.phase", "urbanRural", "c.urban_rural", "imdDecile", "c.imd_decile",
            "status", "FIELD(c.status, 'GAP', 'AT_RISK', 'NOT_STARTED', 'COVERED')");

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainedStaff trainedStaff;

    /** One page of schools, sorted by {@code sort} (a key of the list; unknown keys sort by name) then URN. */
    public Page<SchoolCoverage> schools(long competencyId, LocalDate day, Area area, Filter filter, PageRequest request,
                                        String sort, boolean ascending) {
        if (area.isEmpty()) {
            return new Page<>(List.of(), request.page(), request.size(), 0);
        }
        Sql sql = statuses(competencyId, day, area, filter);
        String order = SORTS.getOrDefault(sort == null ? "name" : sort, "c.name") + (ascending ? " ASC" : " DESC");
        Query items = sql.bind(em.createNativeQuery("SELECT c.*, COUNT(*) OVER () AS total FROM (" + sql.text
                + ") c" + sql.statusClause() + " ORDER BY " + order + ", c.urn LIMIT " + request.size() + " OFFSET "
                + request.first()));
        List<Object[]> rows = rows(items);
        long total;
        if (!rows.isEmpty()) {
            total = number(rows.get(0)[TOTAL_COLUMN]);
        } else {
            total = number(sql.bind(em.createNativeQuery("SELECT COUNT(*) FROM (" + sql.text + ") c"
                    + sql.statusClause())).getSingleResult());
        }
        List<SchoolCoverage> schools = rows.stream().map(CoverageQuery::school).toList();
        return new Page<>(withReasons(schools, competencyId, day), request.page(), request.size(), total);
    }

    /**
     * Every open school of the area on the day, in one run of the per-school statement, without reasons (ask
     * {@link #reasons} for those that need them): what {@link CoverageView} derives a whole dashboard from.
     */
    public List<SchoolCoverage> all(long competencyId, LocalDate day, Area area) {
        if (area.isEmpty()) {
            return List.of();
        }
        Sql sql = statuses(competencyId, day, area, Filter.NONE);
        return rows(sql.bind(em.createNativeQuery(sql.text))).stream().map(CoverageQuery::school).toList();
    }

    /** Why each of these AT_RISK schools will lose cover, by URN, soonest first: two queries however many. */
    public Map<Integer, List<Reason>> reasons(Collection<Integer> urns, long competencyId, LocalDate day) {
        Map<Integer, List<Reason>> reasons = new java.util.HashMap<>();
        trainedStaff.staff(urns, competencyId).forEach((urn, staff) -> reasons.put(urn, CoverageRule.reasons(staff, day)));
        return reasons;
    }

    /** Every matching school, by URN, for exports: a batch at a time so memory stays flat. */
    public void forEach(long competencyId, LocalDate day, Area area, Filter filter,
                        java.util.function.Consumer<SchoolCoverage> each) {
        int page = 0;
        Page<SchoolCoverage> batch;
        do {
            batch = schools(competencyId, day, area, filter, new PageRequest(page++, PageRequest.MAX_SIZE), "urn", true);
            batch.items().forEach(each);
        } while ((long) page * PageRequest.MAX_SIZE < batch.total());
    }

    /** The per-school statement and its parameters for England, for the benchmark. */
    public static Map.Entry<String, List<Object>> englandStatuses(long competencyId, LocalDate day) {
        Sql sql = statuses(competencyId, day, Area.ENGLAND, Filter.NONE);
        return Map.entry(sql.text, sql.parameters);
    }

    /** The per-school statement {@link #all} runs for an area, with its parameters, for the benchmarks. */
    public static Map.Entry<String, List<Object>> statement(long competencyId, LocalDate day, Area area) {
        Sql sql = statuses(competencyId, day, area, Filter.NONE);
        return Map.entry(sql.text, sql.parameters);
    }

    /** The derived table of trained and still-trained staff per school, for England (?1 competency, ?2 day, ?3 horizon). */
    public static String englandTrained() {
        return String.format(TRAINED, "", "");
    }

    /**
     * Those of {@code urns} whose trained staff on {@code day} reach their target: the schools that are not short
     * of cover, so that waiting lists put the others first.
     */
    public Set<Integer> coveredSchools(long competencyId, LocalDate day, Collection<Integer> urns) {
        if (urns.isEmpty()) {
            return Set.of();
        }
        String in = urns.stream().map(String::valueOf).collect(Collectors.joining(", "));
        List<?> covered = em.createNativeQuery("SELECT sc.urn FROM school sc JOIN local_authority la ON la.code = sc.la_code "
                + "WHERE sc.urn IN (" + in + ") AND COALESCE(sc.coverage_target, la.coverage_target, "
                + CoverageRule.DEFAULT_TARGET + ") <= (SELECT COUNT(DISTINCT e.person_id) FROM employment e JOIN sign_off s "
                + "ON s.person_id = e.person_id WHERE e.school_urn = sc.urn AND " + Employments.employedOnDay("e", "?2")
                + " AND s.competency_id = ?1 AND " + Holdings.heldOnDay("s", "?2") + ")")
                .setParameter(1, competencyId).setParameter(2, day).getResultList();
        return covered.stream().map(u -> (int) number(u)).collect(Collectors.toSet());
    }

    // ----------------------------------------------------------------------------------------------------------

    /**
     * Per school: trained on ?2 (employed and holding), and of those, still so at the horizon ?3 — the
     * employment held on ?2 not ended before ?3, and a sign-off recorded by ?2 covering ?3 (the one held today
     * usually does; otherwise a renewal already recorded).
     */
    private static final String TRAINED = "SELECT e.school_urn AS urn, COUNT(DISTINCT e.person_id) AS trained, "
            + "COUNT(DISTINCT CASE WHEN (e.end_date IS NULL OR e.end_date >= ?3) AND (s.expires_on IS NULL "
            + "OR s.expires_on > ?3 OR EXISTS (SELECT 1 FROM sign_off h WHERE h.person_id = e.person_id "
            + "AND h.competency_id = ?1 AND h.signed_on <= ?2 AND " + Holdings.heldOnDay("h", "?3")
            + ")) THEN e.person_id END) AS staying FROM employment e JOIN sign_off s ON s.person_id = e.person_id %s "
            + "WHERE e.school_urn IS NOT NULL AND " + Employments.employedOnDay("e", "?2") + " AND s.competency_id = ?1 AND "
            + Holdings.heldOnDay("s", "?2") + "%s GROUP BY e.school_urn";

    /** Trained at the school on some day up to ?2: an employment there overlapping a holding (CoverageRule.everTrained). */
    private static final String EVER_TRAINED = "EXISTS (SELECT 1 FROM employment e2 JOIN sign_off s2 "
            + "ON s2.person_id = e2.person_id WHERE e2.school_urn = c.urn AND e2.start_date <= ?2 AND s2.competency_id = ?1 "
            + "AND " + Holdings.standing("s2") + " AND s2.valid_from <= ?2 AND s2.valid_from <= COALESCE(e2.end_date, "
            + "s2.valid_from) AND (s2.expires_on IS NULL OR s2.expires_on > e2.start_date))";

    /** CoverageRule.status in SQL. */
    private static final String STATUS = "CASE WHEN c.trained >= c.target THEN CASE WHEN c.staying >= c.target "
            + "THEN 'COVERED' ELSE 'AT_RISK' END WHEN c.trained > 0 OR " + EVER_TRAINED + " THEN 'GAP' "
            + "ELSE 'NOT_STARTED' END";

    /** A school counts while open on ?2: open (or proposed to close) before its close date, or closed later. */
    private static final String OPEN_ON_DAY = "((sc.status = 'OPEN' AND (sc.close_date IS NULL OR sc.close_date > ?2)) "
            + "OR (sc.status = 'CLOSED' AND sc.close_date > ?2))";

    static Sql statuses(long competencyId, LocalDate day, Area area, Filter filter) {
        Sql sql = new Sql();
        sql.parameters.add(competencyId);
        sql.parameters.add(day);
        sql.parameters.add(CoverageRule.horizon(day));
        String areaJoin = "";
        String areaInner = "";
        String areaOuter = "";
        if (area.laCodes() != null) {
            String codes = area.laCodes().stream().sorted().map(sql::parameter).collect(Collectors.joining(", "));
            areaJoin = "JOIN school se ON se.urn = e.school_urn";
            areaInner = " AND se.la_code IN (" + codes + ")";
            areaOuter = " AND sc.la_code IN (" + codes + ")";
        }
        StringBuilder where = new StringBuilder(OPEN_ON_DAY).append(areaOuter);
        if (filter.phase() != null && !filter.phase().isBlank()) {
            where.append(" AND sc.phase = ").append(sql.parameter(filter.phase().strip()));
        }
        if (filter.urbanRural() != null && !filter.urbanRural().isBlank()) {
            where.append(" AND sc.urban_rural = ").append(sql.parameter(filter.urbanRural().strip()));
        }
        if (filter.imdDecile() != null) {
            where.append(" AND sc.imd_decile = ").append(sql.parameter(filter.imdDecile()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" AND LOWER(sc.name) LIKE ")
                    .append(sql.parameter("%" + filter.q().strip().toLowerCase(Locale.ROOT) + "%"));
        }
        String trained = String.format(TRAINED, areaJoin, areaInner);
        String perSchool = "SELECT sc.urn, sc.name, la.code AS la_code, la.name AS la_name, rg.name AS region, "
                + "sc.phase, sc.urban_rural, sc.imd_decile, sc.easting, sc.northing, COALESCE(sc.coverage_target, la.coverage_target, "
                + CoverageRule.DEFAULT_TARGET + ") AS target, COALESCE(t.trained, 0) AS trained, "
                + "COALESCE(t.staying, 0) AS staying FROM school sc JOIN local_authority la ON la.code = sc.la_code "
                + "JOIN region rg ON rg.id = la.region_id LEFT JOIN (" + trained + ") t ON t.urn = sc.urn WHERE " + where;
        sql.text = "SELECT c.urn, c.name, c.la_code, c.la_name, c.region, c.phase, c.urban_rural, c.imd_decile, c.target, "
                + "c.trained, c.staying, " + STATUS + " AS status, c.easting, c.northing FROM (" + perSchool + ") c";
        sql.statuses = filter.statuses() == null || filter.statuses().isEmpty() ? EnumSet.noneOf(CoverageStatus.class)
                : EnumSet.copyOf(filter.statuses());
        return sql;
    }

    private List<SchoolCoverage> withReasons(List<SchoolCoverage> schools, long competencyId, LocalDate day) {
        List<Integer> atRisk = schools.stream().filter(s -> s.status() == CoverageStatus.AT_RISK)
                .map(SchoolCoverage::urn).toList();
        if (atRisk.isEmpty()) {
            return schools;
        }
        Map<Integer, List<Staff>> staff = trainedStaff.staff(atRisk, competencyId);
        return schools.stream().map(s -> s.status() != CoverageStatus.AT_RISK ? s
                : s.withReasons(CoverageRule.reasons(staff.getOrDefault(s.urn(), List.of()), day))).toList();
    }

    private static SchoolCoverage school(Object[] r) {
        return new SchoolCoverage((int) number(r[0]), (String) r[1], (int) number(r[2]), (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], r[7] == null ? null : (int) number(r[7]), (int) number(r[8]),
                number(r[9]), number(r[10]), CoverageStatus.valueOf((String) r[11]), List.of(), integer(r[12]),
                integer(r[13]));
    }

    private static Integer integer(Object value) {
        return value == null ? null : (int) number(value);
    }

    /** A statement with numbered parameters: ?1 competency, ?2 day, ?3 horizon, then the filters'. */
    static final class Sql {

        final List<Object> parameters = new ArrayList<>();
        String text;
        private Set<CoverageStatus> statuses = Set.of();

        String parameter(Object value) {
            parameters.add(value);
            return "?" + parameters.size();
        }

        String statusClause() {
            if (statuses.isEmpty()) {
                return "";
            }
            return " WHERE c.status IN (" + statuses.stream().map(s -> "'" + s.name() + "'")
                    .collect(Collectors.joining(", ")) + ")";
        }

        Query bind(Query query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }
    }
}
