package uk.org.cascade.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.org.cascade.competency.control.Holdings;
import uk.org.cascade.curriculum.control.Curriculum;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.people.control.Employments;
import uk.org.cascade.people.control.People;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;
import uk.org.cascade.security.entity.Scope;

/**
 * The overdue rule for everyone at once, in SQL (no per-person loop): a <em>practising</em> person holds a
 * programme's PRACTITIONER competency on the day and has a current school employment; they are due N weeks
 * (the programme's interval) after their last supervision for that programme, or, if none, after the start
 * of their current holding (their sign-off). Days overdue = day − due date, as {@link SupervisionPolicy#daysOverdue}.
 * <p>
 * The indexes it relies on: {@code ix_sign_off_competency_day} (who holds what on the day),
 * {@code ix_sign_off_person_day} (start of the holding), {@code ix_supervisee_person_last} (last supervision),
 * {@code ix_employment_person} (current school).
 */
@ApplicationScoped
public class OverdueQuery {

    /** Which practising people the caller may see: everyone, a coordinator's area, and/or a supervisor's supervisees. */
    public record Reach(boolean everyone, Optional<Scope> scope, Optional<Long> supervisor) {

        public static final Reach EVERYONE = new Reach(true, Optional.empty(), Optional.empty());
    }

    /** Which rows: all, those overdue, or those overdue or due within {@link SupervisionPolicy#DUE_SOON_DAYS}. */
    public enum Due {
        ALL, DUE, OVERDUE
    }

    /** Optional filters; {@code day} is the day the rule is applied on. */
    public record Filter(LocalDate day, Integer la, Long programmeId, Integer urn, Due due) {
    }

    /** One practising person and one programme. */
    public record Row(long personId, String name, long programmeId, String programmeCode, String programmeTitle,
                      int intervalWeeks, LocalDate since, LocalDate lastSupervised, LocalDate dueOn, long daysOverdue,
                      List<SchoolRef> schools) {

        public SupervisionPolicy.Status status() {
            return daysOverdue > 0 ? SupervisionPolicy.Status.OVERDUE
                    : daysOverdue >= -SupervisionPolicy.DUE_SOON_DAYS ? SupervisionPolicy.Status.DUE_SOON
                    : SupervisionPolicy.Status.UP_TO_DATE;
        }
    }

    public record SchoolRef(int urn, String name, int laCode, String laName) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Employments employments;

    @Inject
    Curriculum curriculum;

    @Inject
    People people;

    public Page<Row> page(Filter filter, Reach reach, PageRequest request) {
        List<Object> params = new ArrayList<>();
        String rows = rows(filter, reach, params);
        String where = switch (filter.due()) {
            case ALL -> "";
            case DUE -> " WHERE DATEDIFF(" + p(params, filter.day()) + ", q.due_on) >= " + -SupervisionPolicy.DUE_SOON_DAYS;
            case OVERDUE -> " WHERE DATEDIFF(" + p(params, filter.day()) + ", q.due_on) > 0";
        };
        String sql = "SELECT q.person_id, q.programme_id, q.last_supervised, q.due_on, DATEDIFF("
                + p(params, filter.day()) + ", q.due_on) AS days_overdue FROM (" + rows + ") q" + where;
        // The total comes with the page (a window count), so England's list is computed once, not twice.
        Query items = bind(em.createNativeQuery("SELECT w.*, COUNT(*) OVER () AS total FROM (" + sql + ") w "
                + "ORDER BY w.days_overdue DESC, w.person_id, w.programme_id"), params);
        @SuppressWarnings("unchecked")
        List<Object[]> found = items.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        long total = found.isEmpty()
                ? (request.first() == 0 ? 0 : ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM (" + sql + ") c"),
                params).getSingleResult()).longValue())
                : ((Number) found.get(0)[5]).longValue();
        return new Page<>(complete(found, filter.day()), request.page(), request.size(), total);
    }

    private static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    /**
     * Practising (person, programme) pairs with the start of the holding and the last supervision; the
     * due date is computed from them. Parameters are appended to {@code params} in order.
     */
    private String rows(Filter f, Reach reach, List<Object> params) {
        String day = p(params, f.day());
        StringBuilder held = new StringBuilder("SELECT so.person_id, c.id AS competency_id, c.programme_id, "
                + "pr.supervision_interval_weeks AS weeks FROM sign_off so "
                + "JOIN competency c ON c.id = so.competency_id AND c.level = 'PRACTITIONER' "
                + "JOIN programme pr ON pr.id = c.programme_id "
                + "WHERE " + Holdings.heldOnDay("so", day));
        if (f.programmeId() != null) {
            held.append(" AND c.programme_id = ").append(p(params, f.programmeId()));
        }
        held.append(" AND EXISTS (SELECT 1 FROM employment e JOIN school sc ON sc.urn = e.school_urn "
                + "WHERE e.person_id = so.person_id AND ").append(Employments.employedOnDay("e", p(params, f.day())));
        if (f.la() != null) {
            held.append(" AND sc.la_code = ").append(p(params, f.la()));
        }
        if (f.urn() != null) {
            held.append(" AND sc.urn = ").append(p(params, f.urn()));
        }
        held.append(")");
        if (!reach.everyone()) {
            // A coordinator reaches people working at a school of their area today; a supervisor their supervisees.
            List<String> reachable = new ArrayList<>();
            reach.scope().ifPresent(s -> reachable.add("EXISTS (SELECT 1 FROM employment ae JOIN school asc2 ON "
                    + "asc2.urn = ae.school_urn JOIN local_authority al ON al.code = asc2.la_code JOIN region ar ON "
                    + "ar.id = al.region_id WHERE ae.person_id = so.person_id AND "
                    + Employments.employedOnDay("ae", p(params, f.day())) + " AND (asc2.la_code IN ("
                    + list(params, s.localAuthorities().isEmpty() ? List.of(-1) : s.localAuthorities())
                    + ") OR ar.name IN (" + list(params, s.regions().isEmpty() ? List.of("") : s.regions()) + ")))"));
            reach.supervisor().ifPresent(me -> reachable.add(supervisedBy("so.person_id", "c.programme_id", params, me,
                    f.day())));
            held.append(" AND (").append(reachable.isEmpty() ? "FALSE" : String.join(" OR ", reachable)).append(")");
        }
        held.append(" GROUP BY so.person_id, c.id, c.programme_id, pr.supervision_interval_weeks");
        String last = "(SELECT MAX(sv.session_date) FROM supervision_supervisee sv WHERE sv.person_id = h.person_id "
                + "AND sv.programme_id = h.programme_id AND sv.session_date <= " + p(params, f.day()) + ")";
        // Without a supervision, the basis is the start of the current holding; COALESCE looks it up only then.
        return "SELECT y.person_id, y.programme_id, y.last_supervised, DATE_ADD(COALESCE(y.last_supervised, "
                + since("y", params, f.day()) + "), INTERVAL y.weeks WEEK) AS due_on FROM ("
                + "SELECT h.person_id, h.programme_id, h.competency_id, h.weeks, " + last + " AS last_supervised "
                + "FROM (" + held + ") h) y";
    }

    /**
     * SQL: the start of the current holding of {@code t.person_id}'s {@code t.competency_id} on the day — the
     * latest sign-off start on or before it that no earlier sign-off reaches (a renewal overlaps the one it
     * renews, so it is not a start).
     */
    private static String since(String t, List<Object> params, LocalDate day) {
        return "(SELECT MAX(x.valid_from) FROM sign_off x WHERE x.person_id = " + t + ".person_id "
                + "AND x.competency_id = " + t + ".competency_id AND " + Holdings.standing("x") + " AND x.valid_from <= "
                + p(params, day) + " AND NOT EXISTS (SELECT 1 FROM sign_off y2 WHERE y2.person_id = x.person_id "
                + "AND y2.competency_id = x.competency_id AND " + Holdings.standing("y2") + " AND y2.valid_from < x.valid_from"
                + " AND (y2.expires_on IS NULL OR y2.expires_on >= x.valid_from)))";
    }

    /**
     * SQL: the person is one of supervisor {@code me}'s supervisees for the programme: someone they have supervised
     * or signed off, or who works on {@code day} at a school that a team {@code me} works for on {@code day} serves
     * (so a supervisor new to a school sees its practising staff before their first log).
     */
    static String supervisedBy(String person, String programme, List<Object> params, long me, LocalDate day) {
        return "(EXISTS (SELECT 1 FROM supervision_supervisee ms JOIN supervision_log ml ON ml.id = ms.log_id "
                + "WHERE ms.person_id = " + person + " AND ms.programme_id = " + programme + " AND ml.supervisor_id = "
                + p(params, me) + ") OR EXISTS (SELECT 1 FROM sign_off ma JOIN competency mc ON mc.id = ma.competency_id "
                + "WHERE ma.person_id = " + person + " AND mc.programme_id = " + programme + " AND ma.assessor_id = "
                + p(params, me) + ") OR EXISTS (SELECT 1 FROM employment te JOIN team_school ts ON ts.team_id = te.team_id "
                + "JOIN employment pe ON pe.school_urn = ts.school_urn WHERE te.person_id = " + p(params, me)
                + " AND " + Employments.employedOnDay("te", p(params, day)) + " AND pe.person_id = " + person
                + " AND " + Employments.employedOnDay("pe", p(params, day)) + "))";
    }

    /** Names, programmes and current schools for one page of rows, in three queries. */
    private List<Row> complete(List<Object[]> found, LocalDate day) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> people = found.stream().map(r -> ((Number) r[0]).longValue()).distinct().toList();
        List<Long> programmes = found.stream().map(r -> ((Number) r[1]).longValue()).distinct().toList();
        Map<Long, String> names = this.people.namesOf(people);
        Map<Long, Object[]> programme = curriculum.programmes(programmes).stream().collect(Collectors.toMap(
                Programme::getId, p -> new Object[] {p.getId(), p.getCode(), p.getTitle(), p.getSupervisionIntervalWeeks()}));
        Map<String, LocalDate> since = new HashMap<>();
        List<Object> params = new ArrayList<>();
        String pairs = "SELECT DISTINCT s.person_id, c.id AS competency_id, c.programme_id FROM sign_off s JOIN competency c "
                + "ON c.id = s.competency_id AND c.level = 'PRACTITIONER' WHERE s.person_id IN (" + list(params, people)
                + ") AND c.programme_id IN (" + list(params, programmes) + ")";
        @SuppressWarnings("unchecked")
        List<Object[]> starts = bind(em.createNativeQuery("SELECT t.person_id, t.programme_id, " + since("t", params, day)
                + " FROM (" + pairs + ") t"), params).getResultList();
        starts.forEach(r -> since.put(((Number) r[0]).longValue() + ":" + ((Number) r[1]).longValue(), date(r[2])));
        Map<Long, List<SchoolRef>> schools = new HashMap<>();
        employments.atSchoolsOn(people, day).forEach(e -> schools.computeIfAbsent(e.getPerson().getId(),
                k -> new ArrayList<>()).add(new SchoolRef(e.getSchool().getUrn(), e.getSchool().getName(),
                e.getSchool().getLocalAuthority().getCode(), e.getSchool().getLocalAuthority().getName())));
        return found.stream().map(r -> {
            long personId = ((Number) r[0]).longValue();
            Object[] pr = programme.get(((Number) r[1]).longValue());
            return new Row(personId, names.get(personId), (Long) pr[0], (String) pr[1], (String) pr[2], (Integer) pr[3],
                    since.get(personId + ":" + pr[0]), date(r[2]), date(r[3]), ((Number) r[4]).longValue(),
                    schools.getOrDefault(personId, List.of()).stream().distinct().toList());
        }).toList();
    }

    /**
     * The last supervision of any of the schools' staff for {@code programmeId}, by URN, in one query (schools
     * never supervised are absent). For the coverage dashboard's "last supervision" column and the school page.
     */
    public Map<Integer, LocalDate> lastSupervised(Collection<Integer> urns, long programmeId) {
        if (urns.isEmpty()) {
            return Map.of();
        }
        Map<Integer, LocalDate> last = new LinkedHashMap<>();
        List<Integer> all = List.copyOf(urns);
        // IN lists stay a reasonable size for the database however many schools are asked about.
        for (int from = 0; from < all.size(); from += 1000) {
            em.createQuery("SELECT s.school.urn, MAX(s.sessionDate) FROM Supervisee s WHERE s.programme.id = :p "
                            + "AND s.school.urn IN :urns GROUP BY s.school.urn", Object[].class)
                    .setParameter("p", programmeId).setParameter("urns", all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultStream().forEach(r -> last.put((Integer) r[0], date(r[1])));
        }
        return last;
    }

    private static String p(List<Object> params, Object value) {
        params.add(value instanceof LocalDate d ? java.sql.Date.valueOf(d) : value);
        return "?" + params.size();
    }

    private static String list(List<Object> params, Collection<?> values) {
        return values.stream().map(v -> p(params, v)).collect(Collectors.joining(", "));
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
