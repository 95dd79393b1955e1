package uk.org.cascade.coverage.control;

import static uk.org.cascade.coverage.control.SqlRows.date;
import static uk.org.cascade.coverage.control.SqlRows.number;
import static uk.org.cascade.coverage.control.SqlRows.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.cascade.competency.control.Holdings;
import uk.org.cascade.coverage.control.CoverageRule.Award;
import uk.org.cascade.coverage.control.CoverageRule.Staff;
import uk.org.cascade.coverage.control.CoverageRule.Stint;
import uk.org.cascade.people.control.Employments;

/**
 * The staff behind one school's coverage: how many are trained per programme on a day, and each trained
 * person's stints at the school and awards, which {@link CoverageRule} reads for the school's detail and reasons.
 */
@ApplicationScoped
public class TrainedStaff {

    @PersistenceContext
    EntityManager em;

    /** Each school's trained staff on a day, per programme code, for the school record. */
    public Map<String, Long> perProgramme(int urn, LocalDate day) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT p.code, COUNT(DISTINCT e.person_id) FROM employment e "
                        + "JOIN sign_off s ON s.person_id = e.person_id JOIN competency c ON c.id = s.competency_id "
                        + "JOIN programme p ON p.id = c.programme_id WHERE e.school_urn = ?1 AND c.level = 'PRACTITIONER' "
                        + "AND " + Employments.employedOnDay("e", "?2") + " AND " + Holdings.heldOnDay("s", "?2")
                        + " GROUP BY p.code ORDER BY p.code")
                .setParameter(1, urn).setParameter(2, day));
        Map<String, Long> trained = new LinkedHashMap<>();
        rows.forEach(r -> trained.put((String) r[0], number(r[1])));
        return trained;
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
        // Anyone ever signed off COMPETENT (revoked or not) is listed; their awards below are the standing ones.
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
                + "WHERE s.person_id IN (" + people + ") AND s.competency_id = ?1 AND " + Holdings.standing("s"))
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
}
