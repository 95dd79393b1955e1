package uk.org.cascade.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.curriculum.entity.DeliveryMode;
import uk.org.cascade.learning.control.KnowledgeChecks;
import uk.org.cascade.learning.control.ModuleAuthors;
import uk.org.cascade.learning.control.ModuleStates;
import uk.org.cascade.learning.control.ModuleViews.ModuleStateView;
import uk.org.cascade.learning.control.ModuleViews.QuestionStatView;
import uk.org.cascade.security.control.CurrentUser;

/**
 * The self-paced modules on a cohort's page: each roster learner's state in them, and per module whether the
 * caller may edit its pages and how the cohort answers its check. Loaded once per request, as the page asks, in a
 * read transaction of its own: the page asks while rendering, after the action's transaction has ended.
 */
@Named
@RequestScoped
public class CohortModulesBacking {

    /** A self-paced module of the programme: may the caller edit its pages, and how its check's questions fare here. */
    public record SelfPacedModule(long id, String title, boolean editable, List<QuestionStatView> stats) {
    }

    @Inject
    Cohorts cohorts;

    @Inject
    ModuleStates moduleStates;

    @Inject
    ModuleAuthors authors;

    @Inject
    KnowledgeChecks checks;

    @Inject
    CurrentUser currentUser;

    private Long loaded;
    private List<SelfPacedModule> selfPacedModules = List.of();
    private Map<Long, String> byEnrolment = new HashMap<>();

    /** The programme's self-paced modules, for the section under the roster. */
    @Transactional
    public List<SelfPacedModule> modules(long cohortId) {
        load(cohortId, null);
        return selfPacedModules;
    }

    /** "Reading: Passed, 14 min; Check-in: Not started": the learner's self-paced modules with pages, for the roster. */
    @Transactional
    public String selfPaced(long cohortId, long enrolmentId) {
        load(cohortId, enrolmentId);
        return byEnrolment.getOrDefault(enrolmentId, "");
    }

    /** Loads for the cohort, or again when asked for a learner enrolled since (the roster changed in this request). */
    private void load(long cohortId, Long enrolmentId) {
        if (loaded != null && loaded == cohortId && (enrolmentId == null || byEnrolment.containsKey(enrolmentId))) {
            return;
        }
        CohortReach reach = CohortReach.of(currentUser.account());
        Cohort cohort = cohorts.find(cohortId, reach);
        List<Enrolment> visible = cohorts.roster(cohort, reach);
        Map<Long, List<ModuleStateView>> states = moduleStates.states(visible);
        byEnrolment = new HashMap<>();
        visible.forEach(e -> byEnrolment.put(e.getId(), describe(states.get(e.getId()))));
        selfPacedModules = cohort.getProgramme().currentModules().stream()
                .filter(m -> m.getMode() == DeliveryMode.SELF_PACED)
                .map(m -> new SelfPacedModule(m.getId(), m.getTitle(), authors.mayAuthor(m, currentUser.account()),
                        reach.seesRoster(cohort) ? checks.questionStats(cohort, m) : List.of())).toList();
        loaded = cohortId;
    }

    private static String describe(List<ModuleStateView> states) {
        if (states == null) {
            return "";
        }
        return states.stream().filter(ModuleStateView::hasContent)
                .map(s -> s.title() + ": " + s.label() + (s.secondsSpent() > 0 ? ", " + ModuleStates.duration(s.secondsSpent()) : ""))
                .collect(Collectors.joining("; "));
    }
}
