package uk.org.cascade.coverage.control;

import static uk.org.cascade.coverage.control.SqlRows.date;
import static uk.org.cascade.coverage.control.SqlRows.number;
import static uk.org.cascade.coverage.control.SqlRows.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.org.cascade.coverage.control.CoverageQuery.Area;
import uk.org.cascade.coverage.control.CoverageQuery.Filter;
import uk.org.cascade.coverage.entity.CoverageStatus;

/**
 * Coverage rolled up, in the database: schools and trained staff per status by local authority, region, phase,
 * urban/rural class or IMD decile, all built on {@link CoverageQuery}'s per-school statement; and the monthly
 * trend from the snapshots.
 */
@ApplicationScoped
public class CoverageRollups {

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

    @PersistenceContext
    EntityManager em;

    /** Schools and trained staff per group and status, in one aggregate. */
    public List<Tally> summary(long competencyId, LocalDate day, Area area, Filter filter, GroupBy groupBy) {
        if (area.isEmpty()) {
            return List.of();
        }
        CoverageQuery.Sql sql = CoverageQuery.statuses(competencyId, day, area, filter);
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
        CoverageQuery.Sql sql = CoverageQuery.statuses(competencyId, day, area, Filter.NONE);
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

    /**
     * Schools per status in the area on {@code month} (a first of the month) as the monthly snapshot stored them;
     * empty when that month's snapshot was never taken.
     */
    public Optional<Map<CoverageStatus, Long>> snapshot(long programmeId, Area area, LocalDate month) {
        if (em.createNativeQuery("SELECT 1 FROM coverage_snapshot_month WHERE programme_id = ?1 AND month = ?2")
                .setParameter(1, programmeId).setParameter(2, month).getResultList().isEmpty()) {
            return Optional.empty();
        }
        Map<CoverageStatus, Long> counts = new EnumMap<>(CoverageStatus.class);
        for (CoverageStatus s : CoverageStatus.values()) {
            counts.put(s, 0L);
        }
        trend(programmeId, area, month).stream().filter(p -> p.month().equals(month))
                .forEach(p -> counts.merge(p.status(), p.schools(), Long::sum));
        return Optional.of(counts);
    }

    /** The roll-up SQL around the per-school statement; public so the benchmark times exactly what runs. */
    public static String summarySql(String statuses, GroupBy groupBy, String statusClause) {
        return "SELECT " + groupBy.key + ", " + groupBy.label + ", c.status, COUNT(*), SUM(c.trained) FROM ("
                + statuses + ") c" + statusClause + " GROUP BY " + groupBy.key + ", c.status ORDER BY 2, 3";
    }

    private static String label(GroupBy groupBy, Object value) {
        if (groupBy == GroupBy.IMD_DECILE) {
            long decile = number(value);
            return decile == 0 ? "No decile recorded" : "Decile " + decile;
        }
        return String.valueOf(value);
    }
}
