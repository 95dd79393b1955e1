package uk.org.cascade.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.cascade.coverage.control.CoverageRule.Award;
import uk.org.cascade.coverage.control.CoverageRule.Reason;
import uk.org.cascade.coverage.control.CoverageRule.Staff;
import uk.org.cascade.coverage.control.CoverageRule.Stint;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;

/**
 * Coverage as a read model: one SQL statement gives every school in an area its trained staff on a day, those
 * still trained at the 90-day horizon, its target and its status; lists page it and roll-ups group it, in the
 * database. It applies {@link CoverageRule}'s day rules (employment end dates inclusive, expiry exclusive, the
 * horizon from sign-offs recorded by the day) to all schools at once; CoverageIT checks it against the rule.
 */
@ApplicationScoped
public class CoverageQuery {

    /** Where to look: {@code laCodes} null for all of England, else those local authorities only. */
    public record Area(Set<Integer> laCodes) {

        public static final Area ENGLAND = new Area(null);

        public boolean isEmpty() {
            return laCodes != null && laCodes.isEmpty();
        }
    }

    /** Narrowing within the area; nulls and empty sets mean "any". */
    public record Filter(String phase, String urbanRural, Integer imdDecile, Set<CoverageStatus> statuses, String q) {

        public static final Filter NONE = new Filter(null, null, null, Set.of(), null);
    }

    /** One school's coverage; {@code reasons} are filled for AT_RISK schools only. */
    public record SchoolCoverage(int urn, String name, int laCode, String laName, String region, String phase,
                                 String urbanRural, Integer imdDecile, int target, long trained, long staying,
                                 CoverageStatus status, List<Reason> reasons) {

        public boolean resilient() {
            return CoverageRule.resilient(status, trained);
        }
    }

    /** How to roll coverage up, and the SQL column each groups on. */
    public enum GroupBy {
        LA("la", "c.la_code", "MIN(c.la_name)"),
        REGION("region", "c.region", "c.region"),
        PHASE("phase", "COALESCE(c.phase, 'Not recorded')", "COALESCE(c.phase, 'Not recorded')"),
        URBAN_RURAL("urbanRural", "COALESCE(c.urban_rural, 'Not recorded')",
                "COALESCE(c.urban_rural, 'Not recorded')"),
        IMD_DECILE("imdDecile", "COALESCE(c.imd_decile, 0)", "COALESCE(c.imd_decile, 0)");

        public final String parameter;
        final String key;
        final String label;

        GroupBy(String parameter, String key, String label) {
            this.parameter = parameter;
            this.key = key;
            this.label = label;
        }
    }

    /** Schools of one status in one group; {@code label} is the group's name (an IMD decile of 0 is "none"). */
    public record Tally(String key, String label, CoverageStatus status, long schools, long trainedStaff) {
    }

    private static final Map<String, String> SORTS = Map.of(
            "name", "c.name", "urn", "c.urn", "localAuthority", "c.la_name", "trained", "c.trained",
            "target", "c.target", "phase", "c.phase", "urbanRural", "c.urban_rural", "imdDecile", "c.imd_decile",
            "status", "FIELD(c.status, 'GAP', 'AT_RISK', 'NOT_STARTED', 'COVERED')");

    @PersistenceContext
    EntityManager em;

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
            total = number(rows.get(0)[12]);
        } else {
            total = number(sql.bind(em.createNativeQuery("SELECT COUNT(*) FROM (" + sql.text + ") c"
                    + sql.statusClause())).getSingleResult());
        }
        List<SchoolCoverage> schools = rows.stream().map(CoverageQuery::school).toList();
        return new Page<>(withReasons(schools, competencyId, day), request.page(), request.size(), total);
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

    /** Schools and trained staff per group and status, in one aggregate. */
    public List<Tally> summary(long competencyId, LocalDate day, Area area, Filter filter, GroupBy groupBy) {
        if (area.isEmpty()) {
            return List.of();
        }
        Sql sql = statuses(competencyId, day, area, filter);
        List<Object[]> rows = rows(sql.bind(em.createNativeQuery(summarySql(sql.text, groupBy, sql.statusClause()))));
        return rows.stream().map(r -> new Tally(String.valueOf(r[0]), label(groupBy, r[1]),
                CoverageStatus.valueOf((String) r[2]), number(r[3]), number(r[4]))).toList();
    }

    /** Schools of one status sharing a local authority, phase, urban/rural class and IMD decile (0: none). */
    public record Cell(int laCode, String laName, String phase, String urbanRural, int imdDecile,
                       CoverageStatus status, long schools, long trainedStaff, long resilient) {
    }

    /** A month's count of schools of one status, from the snapshots. */
    public record TrendPoint(LocalDate month, CoverageStatus status, long schools) {
    }

    /**
     * Every breakdown the dashboard shows, from one aggregate: counts per local authority, phase, urban/rural
     * class, IMD decile and status, which the caller sums along any of them.
     */
    public List<Cell> cube(long competencyId, LocalDate day, Area area) {
        if (area.isEmpty()) {
            return List.of();
        }
        Sql sql = statuses(competencyId, day, area, Filter.NONE);
        return rows(sql.bind(em.createNativeQuery("SELECT c.la_code, MIN(c.la_name), COALESCE(c.phase, 'Not recorded'), "
                + "COALESCE(c.urban_rural, 'Not recorded'), COALESCE(c.imd_decile, 0), c.status, COUNT(*), SUM(c.trained), "
                + "SUM(CASE WHEN c.status IN ('COVERED', 'AT_RISK') AND c.trained >= " + CoverageRule.RESILIENT
                + " THEN 1 ELSE 0 END) FROM (" + sql.text + ") c GROUP BY 1, 3, 4, 5, 6"))).stream()
                .map(r -> new Cell((int) number(r[0]), (String) r[1], (String) r[2], (String) r[3], (int) number(r[4]),
                        CoverageStatus.valueOf((String) r[5]), number(r[6]), number(r[7]), number(r[8]))).toList();
    }

    /** Schools per status per month from {@code from} (a first of the month), summed over the area. */
    public List<TrendPoint> trend(long programmeId, Area area, LocalDate from) {
        if (area.isEmpty()) {
            return List.of();
        }
        String in = area.laCodes() == null ? "" : " AND la_code IN (" + area.laCodes().stream().sorted()
                .map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        return rows(em.createNativeQuery("SELECT month, status, SUM(schools) FROM coverage_snapshot WHERE programme_id = ?1 "
                + "AND month >= ?2" + in + " GROUP BY month, status ORDER BY month").setParameter(1, programmeId)
                .setParameter(2, from)).stream()
                .map(r -> new TrendPoint(date(r[0]), CoverageStatus.valueOf((String) r[1]), number(r[2]))).toList();
    }

    /** The roll-up SQL around the per-school statement; public so the benchmark times exactly what runs. */
    public static String summarySql(String statuses, GroupBy groupBy, String statusClause) {
        return "SELECT " + groupBy.key + ", " + groupBy.label + ", c.status, COUNT(*), SUM(c.trained) FROM ("
                + statuses + ") c" + statusClause + " GROUP BY " + groupBy.key + ", c.status ORDER BY 2, 3";
    }

    /** The per-school statement and its parameters for England, for the benchmark. */
    public static Map.Entry<String, List<Object>> englandStatuses(long competencyId, LocalDate day) {
        Sql sql = statuses(competencyId, day, Area.ENGLAND, Filter.NONE);
        return Map.entry(sql.text, sql.parameters);
    }

    /** The derived table of trained and still-trained staff per school, for England (?1 competency, ?2 day, ?3 horizon). */
    public static String englandTrained() {
        return String.format(TRAINED, "", "");
    }

    /** Each school's trained staff on a day, per programme code, for the school record. */
    public Map<String, Long> trainedStaff(int urn, LocalDate day) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT p.code, COUNT(DISTINCT e.person_id) FROM employment e "
                        + "JOIN sign_off s ON s.person_id = e.person_id JOIN competency c ON c.id = s.competency_id "
                        + "JOIN programme p ON p.id = c.programme_id WHERE e.school_urn = ?1 AND c.level = 'PRACTITIONER' "
                        + "AND " + EMPLOYED_ON_DAY + " AND " + held("s", "?2") + " GROUP BY p.code ORDER BY p.code")
                .setParameter(1, urn).setParameter(2, day));
        Map<String, Long> trained = new LinkedHashMap<>();
        rows.forEach(r -> trained.put((String) r[0], number(r[1])));
        return trained;
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
                + "ON s.person_id = e.person_id WHERE e.school_urn = sc.urn AND " + EMPLOYED_ON_DAY
                + " AND s.competency_id = ?1 AND " + held("s", "?2") + ")")
                .setParameter(1, competencyId).setParameter(2, day).getResultList();
        return covered.stream().map(u -> (int) number(u)).collect(Collectors.toSet());
    }

    /** The staff of one school who hold or held the competency while there, with their stints and awards. */
    public List<Staff> staff(int urn, long competencyId) {
        return staff(List.of(urn), competencyId).getOrDefault(urn, List.of());
    }

    /** The same for several schools in two queries (no query per school or person). */
    public Map<Integer, List<Staff>> staff(Collection<Integer> urns, long competencyId) {
        if (urns.isEmpty()) {
            return Map.of();
        }
        String in = urns.stream().map(String::valueOf).collect(Collectors.joining(", "));
        List<Object[]> stints = rows(em.createNativeQuery("SELECT e.school_urn, e.person_id, p.name, e.start_date, "
                + "e.end_date FROM employment e JOIN person p ON p.id = e.person_id WHERE e.school_urn IN (" + in
                + ") AND EXISTS (SELECT 1 FROM sign_off s WHERE s.person_id = e.person_id AND s.competency_id = ?1 "
                + "AND s.outcome = 'COMPETENT') ORDER BY p.name, e.person_id, e.start_date").setParameter(1, competencyId));
        if (stints.isEmpty()) {
            return Map.of();
        }
        String people = stints.stream().map(r -> String.valueOf(number(r[1]))).distinct().collect(Collectors.joining(", "));
        Map<Long, List<Award>> awards = new LinkedHashMap<>();
        rows(em.createNativeQuery("SELECT s.person_id, s.signed_on, s.valid_from, s.expires_on FROM sign_off s "
                + "WHERE s.person_id IN (" + people + ") AND s.competency_id = ?1 AND s.outcome = 'COMPETENT' "
                + "AND NOT EXISTS (SELECT 1 FROM sign_off_revocation r WHERE r.sign_off_id = s.id)")
                .setParameter(1, competencyId)).forEach(r -> awards.computeIfAbsent(number(r[0]), k -> new ArrayList<>())
                .add(new Award(date(r[1]), date(r[2]), date(r[3]))));
        Map<Integer, Map<Long, List<Object[]>>> bySchool = new LinkedHashMap<>();
        stints.forEach(r -> bySchool.computeIfAbsent((int) number(r[0]), k -> new LinkedHashMap<>())
                .computeIfAbsent(number(r[1]), k -> new ArrayList<>()).add(r));
        Map<Integer, List<Staff>> staff = new LinkedHashMap<>();
        bySchool.forEach((urn, people2) -> staff.put(urn, people2.entrySet().stream().map(p -> new Staff(p.getKey(),
                (String) p.getValue().get(0)[2], p.getValue().stream().map(r -> new Stint(date(r[3]), date(r[4]))).toList(),
                awards.getOrDefault(p.getKey(), List.of()))).toList()));
        return staff;
    }

    // ----------------------------------------------------------------------------------------------------------

    /** Employment {@code e} at its school on {@code ?2}: the end date is the last working day. */
    private static final String EMPLOYED_ON_DAY = "e.start_date <= ?2 AND (e.end_date IS NULL OR e.end_date >= ?2)";

    /** Sign-off {@code alias} makes its person hold the competency on {@code day} (Holdings.HELD_ON_DAY in SQL). */
    private static String held(String alias, String day) {
        return alias + ".outcome = 'COMPETENT' AND " + alias + ".valid_from <= " + day + " AND (" + alias
                + ".expires_on IS NULL OR " + alias + ".expires_on > " + day + ") AND NOT EXISTS (SELECT 1 FROM "
                + "sign_off_revocation " + alias + "r WHERE " + alias + "r.sign_off_id = " + alias + ".id)";
    }

    /**
     * Per school: trained on ?2 (employed and holding), and of those, still so at the horizon ?3 — the
     * employment held on ?2 not ended before ?3, and a sign-off recorded by ?2 covering ?3 (the one held today
     * usually does; otherwise a renewal already recorded).
     */
    private static final String TRAINED = "SELECT e.school_urn AS urn, COUNT(DISTINCT e.person_id) AS trained, "
            + "COUNT(DISTINCT CASE WHEN (e.end_date IS NULL OR e.end_date >= ?3) AND (s.expires_on IS NULL "
            + "OR s.expires_on > ?3 OR EXISTS (SELECT 1 FROM sign_off h WHERE h.person_id = e.person_id "
            + "AND h.competency_id = ?1 AND h.signed_on <= ?2 AND " + held("h", "?3") + ")) THEN e.person_id END) "
            + "AS staying FROM employment e JOIN sign_off s ON s.person_id = e.person_id %s WHERE e.school_urn IS NOT NULL AND "
            + EMPLOYED_ON_DAY + " AND s.competency_id = ?1 AND " + held("s", "?2") + "%s GROUP BY e.school_urn";

    /** Trained at the school on some day up to ?2: an employment there overlapping a holding (CoverageRule.everTrained). */
    private static final String EVER_TRAINED = "EXISTS (SELECT 1 FROM employment e2 JOIN sign_off s2 "
            + "ON s2.person_id = e2.person_id WHERE e2.school_urn = c.urn AND e2.start_date <= ?2 AND s2.competency_id = ?1 "
            + "AND s2.outcome = 'COMPETENT' AND s2.valid_from <= ?2 AND s2.valid_from <= COALESCE(e2.end_date, s2.valid_from) "
            + "AND (s2.expires_on IS NULL OR s2.expires_on > e2.start_date) "
            + "AND NOT EXISTS (SELECT 1 FROM sign_off_revocation r2 WHERE r2.sign_off_id = s2.id))";

    /** CoverageRule.status in SQL. */
    private static final String STATUS = "CASE WHEN c.trained >= c.target THEN CASE WHEN c.staying >= c.target "
            + "THEN 'COVERED' ELSE 'AT_RISK' END WHEN c.trained > 0 OR " + EVER_TRAINED + " THEN 'GAP' "
            + "ELSE 'NOT_STARTED' END";

    /** A school counts while open on ?2: open (or proposed to close) before its close date, or closed later. */
    private static final String OPEN_ON_DAY = "((sc.status = 'OPEN' AND (sc.close_date IS NULL OR sc.close_date > ?2)) "
            + "OR (sc.status = 'CLOSED' AND sc.close_date > ?2))";

    private static Sql statuses(long competencyId, LocalDate day, Area area, Filter filter) {
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
                + "sc.phase, sc.urban_rural, sc.imd_decile, COALESCE(sc.coverage_target, la.coverage_target, "
                + CoverageRule.DEFAULT_TARGET + ") AS target, COALESCE(t.trained, 0) AS trained, "
                + "COALESCE(t.staying, 0) AS staying FROM school sc JOIN local_authority la ON la.code = sc.la_code "
                + "JOIN region rg ON rg.id = la.region_id LEFT JOIN (" + trained + ") t ON t.urn = sc.urn WHERE " + where;
        sql.text = "SELECT c.urn, c.name, c.la_code, c.la_name, c.region, c.phase, c.urban_rural, c.imd_decile, c.target, "
                + "c.trained, c.staying, " + STATUS + " AS status FROM (" + perSchool + ") c";
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
        Map<Integer, List<Staff>> staff = staff(atRisk, competencyId);
        return schools.stream().map(s -> s.status() != CoverageStatus.AT_RISK ? s
                : new SchoolCoverage(s.urn(), s.name(), s.laCode(), s.laName(), s.region(), s.phase(), s.urbanRural(),
                        s.imdDecile(), s.target(), s.trained(), s.staying(), s.status(),
                        CoverageRule.reasons(staff.getOrDefault(s.urn(), List.of()), day))).toList();
    }

    private static SchoolCoverage school(Object[] r) {
        return new SchoolCoverage((int) number(r[0]), (String) r[1], (int) number(r[2]), (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], r[7] == null ? null : (int) number(r[7]), (int) number(r[8]),
                number(r[9]), number(r[10]), CoverageStatus.valueOf((String) r[11]), List.of());
    }

    private static String label(GroupBy groupBy, Object value) {
        if (groupBy == GroupBy.IMD_DECILE) {
            long decile = number(value);
            return decile == 0 ? "No decile recorded" : "Decile " + decile;
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** A statement with numbered parameters: ?1 competency, ?2 day, ?3 horizon, then the filters'. */
    private static final class Sql {

        private final List<Object> parameters = new ArrayList<>();
        private String text;
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
