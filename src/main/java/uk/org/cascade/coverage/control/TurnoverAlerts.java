package uk.org.cascade.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.competency.control.Holdings;
import uk.org.cascade.coverage.entity.CoverageAlert;
import uk.org.cascade.curriculum.entity.Competency;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.people.entity.EmploymentEnded;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.control.Letter;
import uk.org.cascade.platform.control.Mail;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.Accounts;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.platform.control.PublicAddress;
import uk.org.cascade.platform.Dates;

/**
 * Turnover: when a trained person's employment at a school ends and the school's trained staff fall below its
 * target from the next day, raise an alert in the same transaction and write to the coordinators whose area
 * holds the school (after commit). The school's staff then come first on waiting lists (Cohorts uses
 * {@link CoverageQuery#coveredSchools}).
 */
@ApplicationScoped
public class TurnoverAlerts {

    static final String AUDIT = "CoverageAlert";

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    TrainedStaff trainedStaff;

    @Inject
    Coverage coverage;

    @Inject
    Holdings holdings;

    @Inject
    AuditTrail audit;

    @Inject
    Mail mail;

    @Inject
    Today today;

    @Inject
    PublicAddress address;

    void onEnded(@Observes EmploymentEnded ended) {
        School school = em.find(School.class, ended.schoolUrn());
        List<Competency> held = coverage.practitionerCompetencies().stream()
                .filter(c -> holdings.holds(ended.personId(), c, ended.lastDay())).toList();
        if (held.isEmpty()) {
            return;
        }
        var from = ended.lastDay().plusDays(1);
        Map<String, Long> trained = trainedStaff.perProgramme(school.getUrn(), from);
        int target = school.effectiveCoverageTarget();
        Person leaver = em.find(Person.class, ended.personId());
        for (Competency c : held) {
            long left = trained.getOrDefault(c.getProgramme().getCode(), 0L);
            boolean raisedAlready = !em.createQuery("SELECT a.id FROM CoverageAlert a WHERE a.employmentId = :e "
                    + "AND a.programme = :p", Long.class).setParameter("e", ended.employmentId())
                    .setParameter("p", c.getProgramme()).getResultList().isEmpty();
            if (left >= target || raisedAlready) {
                continue;
            }
            CoverageAlert alert = new CoverageAlert(school, c.getProgramme(), ended.employmentId(), from, (int) left,
                    target, today.now());
            em.persist(alert);
            em.flush();
            audit.record(AUDIT, alert.getId(), "RAISED", null, alert.auditState());
            String text = leaver.getName() + "'s last day at " + school.getName() + " is " + Dates.day(ended.lastDay()) + ".\n\n"
                    + "From " + Dates.day(from) + " the school has " + left + " trained member" + (left == 1 ? "" : "s")
                    + " of staff for " + c.getProgramme().getTitle() + ", below its target of " + target + ".\n"
                    + "Its staff now come first on the waiting list of the next cohort of that programme.\n\n"
                    + "The school's coverage: " + address.of("/coverage/school.xhtml?urn=")
                    + school.getUrn() + "&programme=" + c.getProgramme().getCode() + "\n";
            for (UserAccount coordinator : coordinatorsOf(school)) {
                mail.send(new Letter(coordinator.getPerson().getEmail(), "Coverage alert: " + school.getName()
                        + " falls below its target", text));
            }
        }
    }

    /** Active coordinators whose area holds the school. */
    List<UserAccount> coordinatorsOf(School school) {
        return accounts.active(Role.COORDINATOR).stream()
                .filter(u -> u.scope().includes(school.getLocalAuthority().getCode(),
                        school.getLocalAuthority().getRegion().getName())).toList();
    }
}
