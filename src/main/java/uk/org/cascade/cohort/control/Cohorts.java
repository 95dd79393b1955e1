package uk.org.cascade.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.cascade.cohort.entity.AttendanceStatus;
import uk.org.cascade.cohort.entity.Attendance;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.CohortStatus;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.boundary.Page;
import uk.org.cascade.platform.boundary.PageRequest;

/**
 * Finding cohorts and what is in them, for the API, the pages and the other use cases: a cohort the caller may
 * see, its roster, counts, dates and attendance marks, lists of cohorts, a person's enrolments and sessions.
 * Every change to a cohort first takes its row lock here ({@link #lock}), so concurrent enrolments queue up and
 * capacity is never exceeded. Who may do what is {@link CohortReach}.
 */
@ApplicationScoped
public class Cohorts {

    static final String AUDIT_COHORT = "Cohort";
    static final String AUDIT_ENROLMENT = "Enrolment";
    static final String AUDIT_ATTENDANCE = "Attendance";

    @PersistenceContext
    EntityManager em;

    /** Counts of a cohort's enrolments by status, for fill rates. */
    public record Counts(long enrolled, long waitlisted, long completed, long notCompleted, long withdrawn) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        static Counts of(Map<EnrolmentStatus, Long> byStatus) {
            return new Counts(byStatus.getOrDefault(EnrolmentStatus.ENROLLED, 0L),
                    byStatus.getOrDefault(EnrolmentStatus.WAITLISTED, 0L), byStatus.getOrDefault(EnrolmentStatus.COMPLETED, 0L),
                    byStatus.getOrDefault(EnrolmentStatus.NOT_COMPLETED, 0L), byStatus.getOrDefault(EnrolmentStatus.WITHDRAWN, 0L));
        }

        public long count(EnrolmentStatus status) {
            return switch (status) {
                case ENROLLED -> enrolled;
                case WAITLISTED -> waitlisted;
                case COMPLETED -> completed;
                case NOT_COMPLETED -> notCompleted;
                case WITHDRAWN -> withdrawn;
            };
        }

        /** Everyone given a place, finished or not: {@link EnrolmentStatus#PLACED}. */
        public long placesTaken() {
            return EnrolmentStatus.PLACED.stream().mapToLong(this::count).sum();
        }
    }

    public Cohort find(long id, CohortReach reach) {
        Cohort cohort = em.find(Cohort.class, id);
        if (cohort == null || !sees(cohort, reach)) {
            throw new NotFound("No cohort with id " + id);
        }
        return cohort;
    }

    private boolean sees(Cohort cohort, CohortReach reach) {
        return reach.seesRoster(cohort) || em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.cohort = :c "
                + "AND e.person.id = :p", Long.class).setParameter("c", cohort).setParameter("p", reach.self())
                .getSingleResult() > 0;
    }

    /** The enrolments the caller may see: all for trainers, their schools' for coordinators, their own for learners. */
    public List<Enrolment> roster(Cohort cohort, CohortReach reach) {
        return enrolments(cohort).stream().filter(e -> reach.seesStaffOf(cohort, e.getSchool())
                || e.getPerson().getId() == reach.self()).toList();
    }

    /** Every enrolment of the cohort, whatever its status, by name. */
    public List<Enrolment> enrolments(Cohort cohort) {
        return em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.person JOIN FETCH e.school WHERE e.cohort = :c "
                + "ORDER BY e.person.name, e.id", Enrolment.class).setParameter("c", cohort).getResultList();
    }

    public Counts counts(Cohort cohort) {
        return counts(List.of(cohort)).getOrDefault(cohort.getId(), Counts.NONE);
    }

    /** Enrolment counts for a page of cohorts, in one query. */
    public Map<Long, Counts> counts(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<EnrolmentStatus, Long>> raw = new HashMap<>();
        em.createQuery("SELECT e.cohort.id, e.status, COUNT(e) FROM Enrolment e WHERE e.cohort IN :cs "
                        + "GROUP BY e.cohort.id, e.status", Object[].class).setParameter("cs", cohorts).getResultStream()
                .forEach(r -> raw.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((EnrolmentStatus) r[1], (Long) r[2]));
        Map<Long, Counts> counts = new HashMap<>();
        raw.forEach((id, byStatus) -> counts.put(id, Counts.of(byStatus)));
        return counts;
    }

    /** First and last session start per cohort of a page, in one query; a cohort without sessions is absent. */
    public Map<Long, Instant[]> dates(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant[]> dates = new HashMap<>();
        em.createQuery("SELECT s.cohort.id, MIN(s.startsAt), MAX(s.startsAt) FROM Session s WHERE s.cohort IN :cs "
                        + "GROUP BY s.cohort.id", Object[].class).setParameter("cs", cohorts).getResultStream()
                .forEach(r -> dates.put((Long) r[0], new Instant[] {toInstant(r[1]), toInstant(r[2])}));
        return dates;
    }

    /** Aggregates bypass the attribute converter: MIN of a DATETIME comes back as the column's UTC wall time. */
    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        return ((java.time.LocalDateTime) value).toInstant(java.time.ZoneOffset.UTC);
    }

    /** Filters for the cohort list. */
    public record Filter(String programmeCode, String status, Integer la, boolean mineOnly) {

        public static final Filter NONE = new Filter(null, null, null, false);
    }

    /**
     * Cohorts the caller works with, newest first: all for administrators (or those they lead with
     * {@code mineOnly}), the ones they lead for trainers, their area's (and open-to-all) for coordinators.
     */
    public Page<Cohort> page(Filter filter, CohortReach reach, PageRequest request) {
        List<String> who = new ArrayList<>();
        boolean everyone = reach.everyone() && !filter.mineOnly();
        if (!everyone) {
            who.add("EXISTS (SELECT t FROM Cohort c2 JOIN c2.leadTrainers t WHERE c2 = c AND t.id = :self)");
            if (reach.scope().isPresent() && !filter.mineOnly()) {
                who.add("(l IS NULL OR l.code IN :las OR r.name IN :regions)");
            }
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!who.isEmpty()) {
            where.append(" AND (").append(String.join(" OR ", who)).append(")");
        }
        Validation check = new Validation();
        CohortStatus status = filter.status() == null || filter.status().isBlank() ? null
                : check.choice(CohortStatus.class, filter.status(), "status", "status must be one of " + List.of(CohortStatus.values()));
        check.orThrow();
        if (status != null) {
            where.append(" AND c.status = :status");
        }
        if (filter.programmeCode() != null && !filter.programmeCode().isBlank()) {
            where.append(" AND c.programme.code = :programme");
        }
        if (filter.la() != null) {
            where.append(" AND l.code = :la");
        }
        String from = " FROM Cohort c LEFT JOIN c.localAuthority l LEFT JOIN l.region r";
        TypedQuery<Cohort> items = em.createQuery("SELECT c" + from + where + " ORDER BY c.createdAt DESC, c.id DESC", Cohort.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c)" + from + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (!everyone) {
                q.setParameter("self", reach.self());
                reach.scope().filter(s -> !filter.mineOnly()).ifPresent(s -> q
                        .setParameter("las", s.localAuthorities().isEmpty() ? List.of(-1) : List.copyOf(s.localAuthorities()))
                        .setParameter("regions", s.regions().isEmpty() ? List.of("") : List.copyOf(s.regions())));
            }
            if (status != null) {
                q.setParameter("status", status);
            }
            if (filter.programmeCode() != null && !filter.programmeCode().isBlank()) {
                q.setParameter("programme", filter.programmeCode().strip());
            }
            if (filter.la() != null) {
                q.setParameter("la", filter.la());
            }
        }
        List<Cohort> rows = items.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return new Page<>(rows, request.page(), request.size(), count.getSingleResult());
    }

    /** A person's enrolments, newest first, with their cohorts: "my learning". */
    /** Who is in each cohort, on the waiting list included: everyone but those who withdrew, by cohort id. */
    public Map<Long, Set<Long>> peopleIn(Collection<Long> cohortIds) {
        Map<Long, Set<Long>> in = new HashMap<>();
        if (!cohortIds.isEmpty()) {
            em.createQuery("SELECT e.cohort.id, e.person.id FROM Enrolment e WHERE e.cohort.id IN :ids AND e.status <> :w",
                            Object[].class).setParameter("ids", List.copyOf(cohortIds))
                    .setParameter("w", EnrolmentStatus.WITHDRAWN).getResultStream()
                    .forEach(r -> in.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));
        }
        return in;
    }

    public List<Enrolment> enrolmentsOf(long personId) {
        return em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.cohort WHERE e.person.id = :p "
                + "ORDER BY e.requestedAt DESC", Enrolment.class).setParameter("p", personId).setMaxResults(200).getResultList();
    }

    /** Sessions a person attends (with a place) or leads, from {@code from} on, earliest first: their calendar. */
    public List<Session> sessionsOf(long personId, Instant from) {
        return em.createQuery("SELECT DISTINCT s FROM Session s JOIN s.cohort c WHERE s.startsAt >= :from "
                        + "AND c.status IN :live AND (EXISTS (SELECT e FROM Enrolment e WHERE e.cohort = c AND e.person.id = :p "
                        + "AND e.status IN :placed) OR EXISTS (SELECT t FROM Cohort c2 JOIN c2.leadTrainers t WHERE c2 = c "
                        + "AND t.id = :p)) ORDER BY s.startsAt", Session.class)
                .setParameter("from", from).setParameter("p", personId)
                .setParameter("live", List.of(CohortStatus.OPEN, CohortStatus.RUNNING, CohortStatus.COMPLETED))
                .setParameter("placed", EnrolmentStatus.PLACED)
                .setMaxResults(500).getResultList();
    }

    public Session session(long id, long sessionId, CohortReach reach) {
        return sessionOf(find(id, reach), sessionId);
    }

    /** The latest mark per session id, then per enrolment id: the attendance grid. */
    public Map<Long, Map<Long, AttendanceStatus>> latestMarks(Cohort cohort) {
        Map<Long, Map<Long, AttendanceStatus>> grid = new HashMap<>();
        em.createQuery("SELECT a FROM Attendance a WHERE a.session.cohort = :c ORDER BY a.id", Attendance.class)
                .setParameter("c", cohort).getResultStream()
                .forEach(a -> grid.computeIfAbsent(a.getSession().getId(), k -> new HashMap<>())
                        .put(a.getEnrolment().getId(), a.getStatus()));
        return grid;
    }

    /**
     * The cohort under its row lock, taken first by every change to it: every read after it sees the enrolments
     * committed before it. Call it inside the change's transaction.
     */
    public Cohort lock(long id, CohortReach reach) {
        Cohort cohort = em.find(Cohort.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (cohort == null || !sees(cohort, reach)) {
            throw new NotFound("No cohort with id " + id);
        }
        return cohort;
    }

    static void requirePlanner(Cohort cohort, CohortReach reach) {
        if (!reach.plans(cohort)) {
            throw new Forbidden("Only the cohort's lead trainers, coordinators of its area and administrators change it");
        }
    }

    Session sessionOf(Cohort cohort, long sessionId) {
        return cohort.getSessions().stream().filter(s -> s.getId() == sessionId).findFirst()
                .orElseThrow(() -> new NotFound("No session " + sessionId + " in cohort " + cohort.getId()));
    }

    Enrolment enrolmentOf(Cohort cohort, long enrolmentId, CohortReach reach) {
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        if (e == null || !e.getCohort().getId().equals(cohort.getId())
                || !(reach.seesStaffOf(cohort, e.getSchool()) || e.getPerson().getId() == reach.self())) {
            throw new NotFound("No enrolment " + enrolmentId + " in cohort " + cohort.getId());
        }
        return e;
    }

}
