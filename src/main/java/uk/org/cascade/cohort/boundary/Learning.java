package uk.org.cascade.cohort.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.org.cascade.cohort.boundary.CohortViews.EnrolmentView;
import uk.org.cascade.cohort.boundary.CohortViews.ModuleProgressView;
import uk.org.cascade.cohort.boundary.CohortViews.ProgressView;
import uk.org.cascade.cohort.control.CohortLetters;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.control.CohortCompletion;
import uk.org.cascade.cohort.control.Progress.ModuleProgress;
import uk.org.cascade.cohort.control.SessionCalendar;
import uk.org.cascade.cohort.entity.CalendarFeed;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.platform.control.PublicAddress;

/** A person's own learning: enrolments with progress, and their private calendar of sessions. */
@ApplicationScoped
public class Learning {

    @PersistenceContext
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    CohortCompletion completion;

    @Inject
    CohortLetters letters;

    @Inject
    Today today;

    @Inject
    PublicAddress address;

    /** Every enrolment of the person, newest first, with progress through the modules. */
    public List<ProgressView> of(long personId) {
        return cohorts.enrolmentsOf(personId).stream().map(this::progress).toList();
    }

    public ProgressView progress(Enrolment e) {
        List<ModuleProgressView> modules;
        if (e.getStatus() == EnrolmentStatus.COMPLETED) {
            // What they actually did, as it was then, even if the programme has changed since.
            modules = completion.completions(e).stream().map(m -> new ModuleProgressView(m.getModule().getId(),
                    m.getModuleTitle(), m.getModule().getMode().name(), m.getMinutes(), true, m.getCompletedOn())).toList();
        } else {
            modules = completion.progress(e).stream().map(ModuleProgressView::of).toList();
        }
        int done = (int) modules.stream().filter(ModuleProgressView::done).count();
        return new ProgressView(EnrolmentView.of(e, null), e.getCohort().getTitle(), e.getCohort().getProgramme().getCode(),
                e.getCohort().getStatus().name(), done, modules.size(), modules);
    }

    /** The cohort's first session that has not ended yet: the one a learner plans for next, even while it runs. */
    public Optional<Session> nextSession(Cohort cohort) {
        Instant now = today.now();
        return cohort.getSessions().stream().filter(s -> s.getEndsAt().isAfter(now))
                .min(Comparator.comparing(Session::getStartsAt));
    }

    /** The person's calendar address, made on first use. */
    @Transactional
    public String calendarUrl(long personId, boolean renew) {
        CalendarFeed feed = em.find(CalendarFeed.class, personId);
        if (feed == null) {
            feed = new CalendarFeed(personId, today.now());
            em.persist(feed);
        } else if (renew) {
            feed.renew(today.now());
        }
        return address.of("/calendar/" + feed.getToken() + ".ics");
    }

    /** The calendar behind a token: sessions from 30 days ago on; empty for an unknown token. */
    public Optional<String> calendar(String token) {
        return em.createQuery("SELECT f FROM CalendarFeed f WHERE f.token = :t", CalendarFeed.class)
                .setParameter("t", token).getResultStream().findFirst()
                .map(feed -> {
                    Instant now = today.now();
                    return SessionCalendar.write("Cascade sessions", cohorts.sessionsOf(feed.getPersonId(),
                            now.minus(Duration.ofDays(30))).stream().map(letters::entry).toList(), now);
                });
    }
}
