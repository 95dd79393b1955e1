package uk.org.cascade.cohort.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import uk.org.cascade.cohort.entity.CohortStatus;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.control.QuietTimers;
import uk.org.cascade.platform.control.Today;

/**
 * Reminds learners and trainers of a session two days before it. Each session is claimed with a
 * conditional update before anyone is written to, so every instance of a cluster may run this and a
 * session is still reminded exactly once.
 */
@Singleton
@Interceptors(QuietTimers.class)
public class SessionReminders {

    static final Duration AHEAD = Duration.ofDays(2);
    private static final Logger LOG = Logger.getLogger(SessionReminders.class.getName());

    /** What a run did. */
    public record Run(int sessions, int letters) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortLetters letters;

    @Inject
    Today today;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void everyQuarterHour() {
        Run run = remind(today.now());
        if (run.sessions() > 0) {
            LOG.info(() -> "Session reminders: " + run.sessions() + " sessions, " + run.letters() + " letters");
        }
    }

    /**
     * Reminds every session starting within two days of {@code now} that has not been reminded yet. The claims
     * and the letters commit together: letters leave only once the claims are stored.
     */
    public Run remind(Instant now) {
        List<Session> due = em.createQuery("SELECT s FROM Session s WHERE s.remindedAt IS NULL AND s.startsAt > :now "
                        + "AND s.startsAt <= :until AND s.cohort.status IN :live ORDER BY s.startsAt", Session.class)
                .setParameter("now", now).setParameter("until", now.plus(AHEAD))
                .setParameter("live", List.of(CohortStatus.OPEN, CohortStatus.RUNNING)).setMaxResults(1000).getResultList();
        int sessions = 0;
        int sent = 0;
        for (Session session : due) {
            int claimed = em.createQuery("UPDATE Session s SET s.remindedAt = :now WHERE s.id = :id AND s.remindedAt IS NULL")
                    .setParameter("now", now).setParameter("id", session.getId()).executeUpdate();
            if (claimed == 0) {
                continue;
            }
            sessions++;
            List<Person> people = em.createQuery("SELECT e.person FROM Enrolment e WHERE e.cohort = :c "
                            + "AND e.status IN :placed", Person.class).setParameter("c", session.getCohort())
                    .setParameter("placed", EnrolmentStatus.PLACE_HOLDING).getResultList();
            for (Person person : people) {
                letters.reminder(session, person);
                sent++;
            }
            for (Person trainer : session.getCohort().getLeadTrainers()) {
                letters.reminder(session, trainer);
                sent++;
            }
        }
        return new Run(sessions, sent);
    }
}
