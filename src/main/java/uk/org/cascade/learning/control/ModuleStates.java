package uk.org.cascade.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.control.LearnerEnrolments;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.curriculum.entity.DeliveryMode;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.learning.control.ModuleViews.EnrolmentProgressView;
import uk.org.cascade.learning.control.ModuleViews.ModuleStateView;
import uk.org.cascade.learning.control.ModuleViews.PersonProgressView;
import uk.org.cascade.learning.entity.ContentVersion;
import uk.org.cascade.learning.entity.ModuleProgress;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.security.entity.UserAccount;

/** Where learners stand in their self-paced modules, per enrolment: for the learner, their trainers and the API. */
@ApplicationScoped
public class ModuleStates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    LearnerEnrolments enrolments;

    @Inject
    ModuleVersions versions;

    /** A person's progress through the self-paced modules of each enrolment the caller may see. */
    public PersonProgressView personProgress(long personId, UserAccount user) {
        CohortReach reach = CohortReach.of(user);
        if (em.find(Person.class, personId) == null) {
            throw new NotFound("No person with id " + personId);
        }
        List<Enrolment> visible = cohorts.enrolmentsOf(personId).stream()
                .filter(e -> personId == reach.self() || reach.seesStaffOf(e.getCohort(), e.getSchool())).toList();
        if (visible.isEmpty() && personId != reach.self() && !reach.everyone()) {
            throw new NotFound("No person with id " + personId + " in your scope");
        }
        Map<Long, List<ModuleStateView>> states = states(visible);
        return new PersonProgressView(personId, visible.stream().map(e -> new EnrolmentProgressView(e.getId(),
                e.getCohort().getId(), e.getCohort().getTitle(), e.getCohort().getProgramme().getCode(), e.getStatus().name(),
                states.get(e.getId()))).toList());
    }

    /** Per enrolment, the state of each current self-paced module, from four queries whatever the number. */
    public Map<Long, List<ModuleStateView>> states(List<Enrolment> enrolled) {
        Map<Long, List<ModuleStateView>> out = new HashMap<>();
        if (enrolled.isEmpty()) {
            return out;
        }
        Set<Module> modules = new HashSet<>();
        enrolled.forEach(e -> e.getCohort().getProgramme().currentModules().stream()
                .filter(m -> m.getMode() == DeliveryMode.SELF_PACED).forEach(modules::add));
        Map<Long, ContentVersion> latest = versions.latestPublishedOf(modules);
        Map<String, ModuleProgress> progress = new HashMap<>();
        em.createQuery("SELECT p FROM ModuleProgress p WHERE p.enrolment IN :es", ModuleProgress.class)
                .setParameter("es", enrolled).getResultStream()
                .forEach(p -> progress.put(p.getEnrolment().getId() + ":" + p.getModule().getId(), p));
        Map<Long, Set<Long>> done = enrolments.completedModules(enrolled);
        Map<Long, long[]> attempts = new HashMap<>();
        if (!progress.isEmpty()) {
            em.createQuery("SELECT a.progress.id, COUNT(a), MAX((a.score * 100) / a.total) FROM Attempt a "
                            + "WHERE a.progress IN :ps GROUP BY a.progress.id", Object[].class)
                    .setParameter("ps", progress.values()).getResultStream()
                    .forEach(r -> attempts.put(((Number) r[0]).longValue(),
                            new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        }
        for (Enrolment e : enrolled) {
            List<ModuleStateView> rows = new ArrayList<>();
            for (Module m : e.getCohort().getProgramme().currentModules()) {
                if (m.getMode() != DeliveryMode.SELF_PACED) {
                    continue;
                }
                String key = e.getId() + ":" + m.getId();
                boolean completed = done.getOrDefault(e.getId(), Set.of()).contains(m.getId());
                rows.add(state(m, latest.get(m.getId()), progress.get(key), completed,
                        progress.containsKey(key) ? attempts.get(progress.get(key).getId()) : null));
            }
            out.put(e.getId(), rows);
        }
        return out;
    }

    /** The self-paced modules' states of one enrolment, by module id. */
    public Map<Long, ModuleStateView> statesOf(long enrolmentId) {
        return enrolments.find(enrolmentId).map(e -> states(List.of(e)).get(e.getId()).stream()
                .collect(Collectors.toMap(ModuleStateView::moduleId, v -> v))).orElse(Map.of());
    }

    static ModuleStateView state(Module m, ContentVersion latest, ModuleProgress p, boolean done, long[] attempts) {
        ContentVersion v = p != null ? p.getContentVersion() : latest;
        boolean hasContent = v != null;
        int total = v == null ? 0 : v.getPages().size();
        int read = p == null ? 0 : p.pagesRead();
        int seconds = p == null ? 0 : p.getSecondsSpent();
        String state;
        String label;
        if (done) {
            boolean passed = p != null && p.getPassedAt() != null;
            state = passed ? "PASSED" : "COMPLETED";
            label = passed ? "Passed" : "Completed";
        } else if (p != null) {
            state = "IN_PROGRESS";
            label = "In progress (" + read + " of " + total + (total == 1 ? " page)" : " pages)");
        } else {
            state = "NOT_STARTED";
            label = "Not started";
        }
        return new ModuleStateView(m.getId(), m.getTitle(), hasContent, state, read, total, seconds,
                v == null ? null : v.getNumber(), p == null ? null : p.getCurrentPage(), p == null ? null : p.getScrollPosition(),
                attempts == null ? 0 : (int) attempts[0], attempts == null ? null : (int) attempts[1], label);
    }

    /** "12 min", "1 h 5 min", "under a minute": time spent, for people. */
    public static String duration(int seconds) {
        if (seconds < 60) {
            return seconds == 0 ? "none yet" : "under a minute";
        }
        int minutes = seconds / 60;
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
