package uk.org.cascade.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.cohort.control.Progress.ModuleProgress;
import uk.org.cascade.cohort.entity.AttendanceStatus;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.cohort.entity.ModuleCompletion;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.Today;

/**
 * A learner's way through a cohort: self-paced modules done (by their word, or by the module's content), each
 * learner's progress, and the enrolment's status following it (COMPLETED when every module is done, reopened
 * when a correction undoes that).
 */
@ApplicationScoped
public class CohortCompletion {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Inject
    Cohorts cohorts;

    @Inject
    ModuleContent moduleContent;

    @Inject
    CohortStatements statements;

    /** A learner marks a self-paced module of their own enrolment done (only their own, whatever else they may do). */
    @Transactional
    public Enrolment completeModule(long enrolmentId, long moduleId, CohortReach reach) {
        return completeSelfPaced(enrolmentId, moduleId, reach, false);
    }

    /**
     * Records a self-paced module done because the learner met its content's rule (passed its check, or opened
     * every page): the learning context decides that, and completion follows the same path as marking it done.
     */
    @Transactional
    public Enrolment completeByContent(long enrolmentId, long moduleId, CohortReach reach) {
        return completeSelfPaced(enrolmentId, moduleId, reach, true);
    }

    /** Whether the module has published pages, so completes only by them. */
    public boolean hasPublishedContent(long moduleId) {
        return moduleContent.hasPublishedContent(moduleId);
    }

    private Enrolment completeSelfPaced(long enrolmentId, long moduleId, CohortReach reach, boolean byContent) {
        Enrolment found = em.find(Enrolment.class, enrolmentId);
        // Self-paced work is the learner's own word: nobody, an administrator included, marks it for them.
        if (found == null || found.getPerson().getId() != reach.self()) {
            throw new NotFound("No enrolment " + enrolmentId + " of yours");
        }
        Cohort cohort = cohorts.lock(found.getCohort().getId(), reach);
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (!enrolment.getStatus().holdsPlace()) {
            throw new Conflict("Modules are completed with a place in a cohort, not while " + enrolment.getStatus().name());
        }
        if (cohort.getStatus().isClosed()) {
            throw new Conflict("This cohort is " + cohort.getStatus().name());
        }
        Module module = cohort.getProgramme().currentModules().stream().filter(m -> m.getId() == moduleId).findFirst()
                .orElseThrow(() -> ValidationFailure.of("moduleId", "module " + moduleId + " is not part of "
                        + cohort.getProgramme().getCode()));
        if (module.getMode().isLive()) {
            throw ValidationFailure.of("moduleId", "'" + module.getTitle() + "' is a live module: it is completed by "
                    + "attending a session that covers it");
        }
        if (!byContent && hasPublishedContent(module.getId())) {
            throw ValidationFailure.of("moduleId", "'" + module.getTitle() + "' has pages to read: it is completed by "
                    + "passing its check, or by opening every page when it has no check");
        }
        boolean done = em.createQuery("SELECT COUNT(m) FROM ModuleCompletion m WHERE m.enrolment = :e AND m.module = :m",
                Long.class).setParameter("e", enrolment).setParameter("m", module).getSingleResult() > 0;
        if (!done) {
            ModuleCompletion completion = new ModuleCompletion(enrolment, module, today.date(), null);
            em.persist(completion);
            em.flush();
            audit.record(Cohorts.AUDIT_ENROLMENT, enrolment.getId(), "MODULE_COMPLETED", null,
                    Map.of("moduleId", module.getId(), "module", module.getTitle()));
            statements.completedModule(enrolment, module, completion.getCompletedOn());
            settle(enrolment);
        }
        return enrolment;
    }

    /**
     * Makes the enrolment's status follow its progress while the cohort runs. On completion the live
     * modules are written down as attended, so the record keeps what the learner did.
     */
    void settle(Enrolment enrolment) {
        if (enrolment.getCohort().getStatus().isClosed() || !enrolment.getStatus().holdsPlace()) {
            return;
        }
        List<ModuleProgress> progress = progress(enrolment);
        boolean complete = Progress.complete(progress);
        var before = enrolment.auditState();
        if (complete && enrolment.getStatus() == EnrolmentStatus.ENROLLED) {
            for (ModuleProgress p : progress) {
                if (p.session() != null) {
                    em.persist(new ModuleCompletion(enrolment, p.module(), p.on(), p.session()));
                    statements.completedModule(enrolment, p.module(), p.on());
                }
            }
            enrolment.complete(Progress.completedOn(progress));
            em.flush();
            audit.record(Cohorts.AUDIT_ENROLMENT, enrolment.getId(), "COMPLETED", before, enrolment.auditState());
            statements.completed(enrolment);
        } else if (!complete && enrolment.getStatus() == EnrolmentStatus.COMPLETED) {
            em.createQuery("DELETE FROM ModuleCompletion m WHERE m.enrolment = :e AND m.session IS NOT NULL")
                    .setParameter("e", enrolment).executeUpdate();
            enrolment.reopen();
            em.flush();
            audit.record(Cohorts.AUDIT_ENROLMENT, enrolment.getId(), "REOPENED", before, enrolment.auditState());
        }
    }

    /** Each current module of the programme, done or not, for this learner. */
    public List<ModuleProgress> progress(Enrolment enrolment) {
        return progress(enrolment.getCohort(), List.of(enrolment)).get(enrolment.getId());
    }

    /** Progress of several learners of one cohort, by enrolment id, from two queries whatever their number. */
    public Map<Long, List<ModuleProgress>> progress(Cohort cohort, List<Enrolment> learners) {
        Map<Long, Map<Long, LocalDate>> selfPaced = new HashMap<>();
        if (!learners.isEmpty()) {
            em.createQuery("SELECT m FROM ModuleCompletion m WHERE m.enrolment IN :es AND m.session IS NULL",
                            ModuleCompletion.class).setParameter("es", learners).getResultStream()
                    .forEach(m -> selfPaced.computeIfAbsent(m.getEnrolment().getId(), k -> new HashMap<>())
                            .put(m.getModule().getId(), m.getCompletedOn()));
        }
        Map<Long, Map<Long, AttendanceStatus>> grid = cohorts.latestMarks(cohort);
        List<Module> modules = cohort.getProgramme().currentModules();
        Map<Long, List<ModuleProgress>> progress = new HashMap<>();
        for (Enrolment e : learners) {
            Map<Long, AttendanceStatus> marks = new HashMap<>();
            grid.forEach((sessionId, bySession) -> {
                AttendanceStatus mark = bySession.get(e.getId());
                if (mark != null) {
                    marks.put(sessionId, mark);
                }
            });
            progress.put(e.getId(), Progress.of(modules, cohort.getSessions(), selfPaced.getOrDefault(e.getId(), Map.of()), marks));
        }
        return progress;
    }

    /** What a completed enrolment recorded: module titles and minutes as they were. */
    public List<ModuleCompletion> completions(Enrolment enrolment) {
        return em.createQuery("SELECT m FROM ModuleCompletion m WHERE m.enrolment = :e ORDER BY m.completedOn, m.id",
                ModuleCompletion.class).setParameter("e", enrolment).getResultList();
    }

}
