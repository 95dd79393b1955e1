package uk.org.cascade.refresher.control;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.competency.control.Holdings;
import uk.org.cascade.people.control.Employments;
import uk.org.cascade.security.entity.Scope;

/**
 * The refresher read model, in SQL: holdings that end near a day (windows open, opening or just closed), the
 * refresher cohorts that may take people, and demand aggregated per local authority and month.
 *
 * <p>A holding's expiry is where its chain of sign-offs ends: a COMPETENT, non-revoked sign-off's expiry that no
 * other such sign-off of the same person and competency reaches past (one that starts on or before it and ends
 * after it would extend the holding: a renewal). That is {@code Holding.merged} said in SQL.
 *
 * <p>A person "has a refresher place" for a holding when they are WAITLISTED or hold a place
 * ({@link EnrolmentStatus#holdsPlaceSql}: ENROLLED, COMPLETED) in a cohort of
 * the competency's refresher programme that is not cancelled and is not over before the window opened (it has no
 * sessions yet, or one ending on or after the window's first day): a refresher they did for an earlier expiry
 * does not count.
 */
@ApplicationScoped
public class RefresherQueries {

    private static final String WINDOW_OPENS = "DATE_SUB(s.expires_on, INTERVAL c.refresher_window_days DAY)";

    /**
     * Holding ends in (?2, ?3] of competencies with a refresher programme, with: held on ?1, has a place, the
     * person's school on ?1 (their earliest current school employment). Parameters: ?1 day, ?2 and ?3 the range.
     */
    private static final String HOLDING_ENDS = holdingEnds(true);

    /** As {@link #HOLDING_ENDS}, for every competency that expires: reminders do not need a refresher programme. */
    private static final String ANY_HOLDING_ENDS = holdingEnds(false);

    private static String holdingEnds(boolean renewable) {
        return "SELECT h.person_id, h.competency_id, h.programme_id, h.expires_on, "
            + "h.window_days, h.held, h.has_place, sc.urn AS school_urn, la.code AS la_code, la.name AS la_name, "
            + "rg.name AS region_name, la.region_id AS region_id FROM ("
            + "SELECT DISTINCT s.person_id, s.competency_id, c.refresher_programme_id AS programme_id, s.expires_on, "
            + "c.refresher_window_days AS window_days, "
            + "EXISTS (SELECT 1 FROM sign_off s3 WHERE s3.person_id = s.person_id AND s3.competency_id = s.competency_id "
            + "  AND " + Holdings.heldOnDay("s3", "?1") + ") AS held, "
            + "EXISTS (SELECT 1 FROM enrolment en JOIN cohort co ON co.id = en.cohort_id WHERE en.person_id = s.person_id "
            + "  AND co.programme_id = c.refresher_programme_id AND (en.status = 'WAITLISTED' OR "
            + EnrolmentStatus.holdsPlaceSql("en.status") + ") "
            + "  AND co.status <> 'CANCELLED' "
            + "  AND (NOT EXISTS (SELECT 1 FROM cohort_session cs WHERE cs.cohort_id = co.id) "
            + "    OR EXISTS (SELECT 1 FROM cohort_session cs WHERE cs.cohort_id = co.id AND cs.ends_at >= " + WINDOW_OPENS + "))"
            + ") AS has_place, "
            + "(SELECT MIN(e.id) FROM employment e WHERE e.person_id = s.person_id AND e.school_urn IS NOT NULL "
            + "  AND " + Employments.employedOnDay("e", "?1") + ") AS employment_id "
            + "FROM sign_off s JOIN competency c ON c.id = s.competency_id "
            + "WHERE " + (renewable ? "c.refresher_programme_id IS NOT NULL AND " : "") + Holdings.standing("s") + " "
            + "AND s.expires_on > ?2 AND s.expires_on <= ?3 "
            + "AND NOT EXISTS (SELECT 1 FROM sign_off s2 WHERE s2.person_id = s.person_id AND s2.competency_id = s.competency_id "
            + "  AND " + Holdings.standing("s2") + " AND s2.valid_from <= s.expires_on "
            + "  AND (s2.expires_on IS NULL OR s2.expires_on > s.expires_on))"
            + ") h "
            + "LEFT JOIN employment he ON he.id = h.employment_id "
            + "LEFT JOIN school sc ON sc.urn = he.school_urn "
            + "LEFT JOIN local_authority la ON la.code = sc.la_code "
            + "LEFT JOIN region rg ON rg.id = la.region_id";
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Every holding of an expiring competency that ends after {@code day} minus {@code daysBack} and no later than
     * the longest refresher window or {@code daysAhead} after it: everything the day's placements and reminders
     * look at. The caller's ladders set the reach: their earliest step ahead, their latest step plus the catch-up back.
     */
    public List<DueRefresher> endingAround(LocalDate day, int daysAhead, int daysBack) {
        // A holding ending beyond the longest window (or the earliest ladder step) has nothing due on this day.
        int reach = Math.max(daysAhead, longestWindow());
        Query q = em.createNativeQuery(ANY_HOLDING_ENDS + " ORDER BY h.expires_on, h.person_id, h.competency_id")
                .setParameter(1, java.sql.Date.valueOf(day))
                .setParameter(2, java.sql.Date.valueOf(day.minusDays(daysBack)))
                .setParameter(3, java.sql.Date.valueOf(day.plusDays(reach)));
        List<DueRefresher> due = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            due.add(new DueRefresher(number(r[0]), number(r[1]), r[2] == null ? null : number(r[2]),
                    new RefresherWindow(date(r[3]), (int) number(r[4])), truth(r[5]), truth(r[6]),
                    r[7] == null ? null : (int) number(r[7]), r[8] == null ? null : (int) number(r[8]),
                    (String) r[9], (String) r[10]));
        }
        return due;
    }

    /** The longest refresher window of any competency with a refresher programme (0 without one). */
    int longestWindow() {
        Object max = em.createNativeQuery("SELECT MAX(refresher_window_days) FROM competency "
                + "WHERE refresher_programme_id IS NOT NULL").getSingleResult();
        return max == null ? 0 : (int) number(max);
    }

    /** An OPEN refresher cohort with its area and session span; free places are the caller's to count. */
    public record OpenCohort(long cohortId, long programmeId, Integer localAuthority, String region, Instant firstStart,
                             Instant lastEnd) {
    }

    /** OPEN cohorts of these programmes whose first session starts on or after {@code from}, by id. */
    public List<OpenCohort> openCohorts(List<Long> programmeIds, Instant from) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        List<OpenCohort> open = new ArrayList<>();
        Query q = em.createNativeQuery("SELECT co.id, co.programme_id, co.la_code, rg.name, MIN(cs.starts_at), "
                        + "MAX(cs.ends_at) FROM cohort co JOIN cohort_session cs ON cs.cohort_id = co.id "
                        + "LEFT JOIN local_authority la ON la.code = co.la_code LEFT JOIN region rg ON rg.id = la.region_id "
                        + "WHERE co.status = 'OPEN' AND co.programme_id IN (" + placeholders(programmeIds.size()) + ") "
                        + "GROUP BY co.id, co.programme_id, co.la_code, rg.name HAVING MIN(cs.starts_at) >= ?" + (programmeIds.size() + 1)
                        + " ORDER BY co.id")
                .setParameter(programmeIds.size() + 1, Timestamp.valueOf(LocalDateTime.ofInstant(from, ZoneOffset.UTC)));
        for (int i = 0; i < programmeIds.size(); i++) {
            q.setParameter(i + 1, programmeIds.get(i));
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            open.add(new OpenCohort(number(r[0]), number(r[1]), r[2] == null ? null : (int) number(r[2]), (String) r[3],
                    instant(r[4]), instant(r[5])));
        }
        return open;
    }

    /** A cell of the demand table: refresher places one local authority needs in one month, for one programme. */
    public record DemandRow(int localAuthority, String localAuthorityName, String month, String programmeCode,
                            String programmeTitle, long places) implements Serializable {
    }

    /**
     * {@link #demand} for windows opening within {@code months} months from {@code asOf}, its month counting as the
     * first: what the demand page and API show and what the coverage summary counts.
     */
    public List<DemandRow> demandOver(LocalDate asOf, int months, Integer la, Optional<Scope> scope) {
        return demand(asOf, asOf.withDayOfMonth(1).plusMonths(months), la, scope);
    }

    /**
     * Refresher places needed as of {@code asOf}, per local authority (of the person's school that day), month
     * (the month the window opens, or this month when it is open already) and refresher programme, for windows
     * opening before {@code until}: people who hold the competency, work at a school, have no refresher place, and
     * for whom no OPEN refresher cohort fits (one in their local authority, their region or no area, starting
     * after their window opens and after today, ending before their expiry). Full cohorts fit: their waiting list
     * is a place in the queue. Narrowed to one local authority and/or to a coordinator's scope.
     */
    public List<DemandRow> demand(LocalDate asOf, LocalDate until, Integer la, Optional<Scope> scope) {
        String opens = "DATE_SUB(d.expires_on, INTERVAL d.window_days DAY)";
        StringBuilder sql = new StringBuilder("SELECT d.la_code, d.la_name, DATE_FORMAT(GREATEST(").append(opens)
                .append(", ?1), '%Y-%m') AS demand_month, p.code, p.title, COUNT(*) FROM (").append(HOLDING_ENDS)
                .append(") d JOIN programme p ON p.id = d.programme_id")
                .append(" WHERE d.held AND NOT d.has_place AND d.la_code IS NOT NULL AND ").append(opens).append(" < ?4")
                .append(" AND NOT EXISTS (SELECT 1 FROM cohort co LEFT JOIN local_authority cla ON cla.code = co.la_code")
                .append(" WHERE co.programme_id = d.programme_id AND co.status = 'OPEN'")
                .append(" AND (co.la_code IS NULL OR co.la_code = d.la_code OR cla.region_id = d.region_id)")
                .append(" AND EXISTS (SELECT 1 FROM cohort_session cs WHERE cs.cohort_id = co.id)")
                .append(" AND NOT EXISTS (SELECT 1 FROM cohort_session cs WHERE cs.cohort_id = co.id AND (cs.starts_at < ")
                .append("GREATEST(DATE_ADD(").append(opens).append(", INTERVAL 1 DAY), ?5) OR cs.ends_at > d.expires_on)))");
        if (la != null) {
            sql.append(" AND d.la_code = ?6");
        }
        List<String> regions = scope.map(Scope::sortedRegions).orElse(List.of());
        if (scope.isPresent()) {
            List<String> codes = scope.get().sortedLocalAuthorities().stream().map(String::valueOf).toList();
            sql.append(" AND (d.la_code IN (").append(codes.isEmpty() ? "-1" : String.join(", ", codes)).append(")");
            for (int i = 0; i < regions.size(); i++) {
                sql.append(" OR d.region_name = ?").append(7 + i);
            }
            sql.append(")");
        }
        sql.append(" GROUP BY d.la_code, d.la_name, demand_month, p.code, p.title ORDER BY d.la_name, demand_month, p.code");
        Query q = em.createNativeQuery(sql.toString())
                .setParameter(1, java.sql.Date.valueOf(asOf))
                .setParameter(2, java.sql.Date.valueOf(asOf))
                .setParameter(3, java.sql.Date.valueOf(until.plusDays(longestWindow())))
                .setParameter(4, java.sql.Date.valueOf(until))
                .setParameter(5, java.sql.Date.valueOf(asOf.plusDays(1)));
        if (la != null) {
            q.setParameter(6, la);
        }
        for (int i = 0; i < regions.size(); i++) {
            q.setParameter(7 + i, regions.get(i));
        }
        List<DemandRow> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new DemandRow((int) number(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], number(r[5])));
        }
        return rows;
    }

    private static String placeholders(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append(i == 1 ? "" : ", ").append('?').append(i);
        }
        return s.toString();
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    /** DATETIME columns hold UTC wall time (see InstantConverter); native queries bypass the converter. */
    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
