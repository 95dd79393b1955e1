package uk.org.cascade.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.control.LearnerEnrolments;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.learning.control.ContentVersions.Published;
import uk.org.cascade.learning.entity.ContentVersion;
import uk.org.cascade.learning.entity.ModuleProgress;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.UserAccount;

/**
 * A learner's way through a module: the place (enrolment) they take it through, the version they read by
 * {@link ContentVersions#versionFor}, and completion through {@link Cohorts#completeByContent}, the same path as
 * every other module completion.
 */
@ApplicationScoped
public class LearnerProgress {

    @PersistenceContext
    EntityManager em;

    @Inject
    LearnerEnrolments enrolments;

    @Inject
    ModuleVersions versions;

    @Inject
    Cohorts cohorts;

    @Inject
    Today today;

    /** The caller's enrolment through which they take the module: the one named, else their current one. */
    public Optional<Enrolment> placeOf(Module m, UserAccount user, Long enrolmentId) {
        return enrolments.placeIn(m.getProgramme(), user.getPerson().getId(), enrolmentId);
    }

    /** As {@link #placeOf}, refused when the caller has no such place. */
    public Enrolment enrolment(Module m, UserAccount user, Long enrolmentId) {
        return placeOf(m, user, enrolmentId).orElseThrow(() -> new NotFound("You have no place in a cohort of "
                + m.getProgramme().getCode() + (enrolmentId == null ? "" : " with enrolment " + enrolmentId)));
    }

    public Optional<ModuleProgress> find(Enrolment e, Module m) {
        return em.createQuery("SELECT p FROM ModuleProgress p WHERE p.enrolment = :e AND p.module = :m", ModuleProgress.class)
                .setParameter("e", e).setParameter("m", m).getResultStream().findFirst();
    }

    public boolean completed(Enrolment e, Module m) {
        return enrolments.completed(e, m);
    }

    /** The version this learner reads now, by {@link ContentVersions#versionFor}; empty when nothing is published. */
    public Optional<ContentVersion> versionFor(Enrolment e, Module m, Optional<ModuleProgress> progress) {
        List<ContentVersion> published = versions.published(m);
        boolean done = progress.map(p -> p.getPassedAt() != null).orElse(false) || completed(e, m);
        Optional<Integer> number = ContentVersions.versionFor(progress.map(p -> p.getContentVersion().getNumber()),
                published.stream().map(v -> new Published(v.getNumber(), v.isRequiresRestart())).toList(), done);
        return number.flatMap(n -> published.stream().filter(v -> v.getNumber() == n).findFirst());
    }

    /** The learner's progress, begun or moved to the version they should be on now. */
    public ModuleProgress place(Enrolment e, Module m) {
        Optional<ModuleProgress> progress = find(e, m);
        ContentVersion v = versionFor(e, m, progress).orElseThrow(() -> ValidationFailure.of("moduleId",
                "'" + m.getTitle() + "' has no pages yet"));
        Instant now = today.now();
        if (progress.isEmpty()) {
            ModuleProgress started = new ModuleProgress(e, m, v, now);
            em.persist(started);
            return started;
        }
        if (!progress.get().getContentVersion().getId().equals(v.getId())) {
            progress.get().restartOn(v, now);
        }
        return progress.get();
    }

    /** Completion through the cohort's one path; a closed cohort keeps what it recorded. True when recorded now. */
    public boolean complete(Enrolment e, Module m, UserAccount user) {
        // Already done (a learner reading again) or a closed cohort: nothing to record, and no cohort lock to take.
        if (e.getCohort().getStatus().isClosed() || completed(e, m)) {
            return false;
        }
        cohorts.completeByContent(e.getId(), m.getId(), CohortReach.of(user));
        return true;
    }
}
