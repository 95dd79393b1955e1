package uk.org.cascade.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.cohort.control.WaitingList.Candidate;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.EnrolmentStatus;

/**
 * A cohort's waiting list: who is next (schools with a coverage gap first, then in order of asking), and giving
 * freed places to them. Called under the cohort's row lock by whatever freed the places.
 */
@ApplicationScoped
public class WaitingLists {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Cohorts cohorts;

    @Inject
    CohortLetters letters;

    @Inject
    CohortStatements statements;

    @Inject
    SchoolCover schoolCover;

    /** Promotes from the waiting list, in {@link WaitingList} order, while places remain. */
    void fillFreePlaces(Cohort cohort) {
        if (!cohort.getStatus().takesEnrolments()) {
            return;
        }
        long free = cohort.freePlaces(cohorts.counts(cohort).placesTaken());
        if (free == 0) {
            return;
        }
        Map<Long, Enrolment> waiting = new HashMap<>();
        for (Enrolment e : cohorts.enrolments(cohort)) {
            if (e.getStatus() == EnrolmentStatus.WAITLISTED) {
                waiting.put(e.getId(), e);
            }
        }
        for (Candidate next : waitingList(cohort, waiting.values()).stream().limit(free).toList()) {
            Enrolment promoted = waiting.get(next.enrolmentId());
            var before = promoted.auditState();
            promoted.promote();
            em.flush();
            audit.record(Cohorts.AUDIT_ENROLMENT, promoted.getId(), "PROMOTED", before, promoted.auditState());
            statements.registered(promoted);
            letters.promoted(promoted);
        }
    }

    /** The cohort's waiting list in the order places are given. */
    public List<Enrolment> inOrder(Cohort cohort) {
        Map<Long, Enrolment> waiting = cohorts.enrolments(cohort).stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED)
                .collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        return waitingList(cohort, waiting.values()).stream().map(c -> waiting.get(c.enrolmentId())).toList();
    }

    private List<Candidate> waitingList(Cohort cohort, java.util.Collection<Enrolment> waiting) {
        Set<Integer> covered = schoolCover.coveredToday(cohort.getProgramme(),
                waiting.stream().map(e -> e.getSchool().getUrn()).collect(Collectors.toSet()));
        return WaitingList.order(waiting.stream().map(e -> new Candidate(e.getId(), e.getRequestedAt(),
                covered.contains(e.getSchool().getUrn()))).toList());
    }
}
