package uk.org.cascade.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.learning.control.ModuleStates;
import uk.org.cascade.learning.control.ModuleViews.ModuleStateView;
import uk.org.cascade.security.control.CurrentUser;

/**
 * "My learning"'s modules with pages: where the signed-in learner stands in each, the time spent and how to open
 * it. Only the caller's own enrolments; loaded once per request, in a read transaction of its own (the page asks
 * while rendering, after any action's transaction).
 */
@Named
@RequestScoped
public class LearnerModulesBacking {

    /** A module with pages as the learner's line shows it: "In progress (2 of 4 pages)", "14 min", "Continue". */
    public record PagesState(String label, String timeSpent, String openLabel) {
    }

    @Inject
    Cohorts cohorts;

    @Inject
    ModuleStates moduleStates;

    @Inject
    CurrentUser currentUser;

    private Map<String, PagesState> states;

    /** The learner's state in the module of that enrolment; null when the module has no pages. */
    @Transactional
    public PagesState of(long enrolmentId, long moduleId) {
        if (states == null) {
            states = new HashMap<>();
            List<Enrolment> mine = cohorts.enrolmentsOf(currentUser.account().getPerson().getId());
            moduleStates.states(mine).forEach((enrolment, byModule) -> byModule.stream().filter(ModuleStateView::hasContent)
                    .forEach(s -> states.put(enrolment + ":" + s.moduleId(), pages(s))));
        }
        return states.get(enrolmentId + ":" + moduleId);
    }

    private static PagesState pages(ModuleStateView state) {
        String open = switch (state.state()) {
            case "NOT_STARTED" -> "Start";
            case "IN_PROGRESS" -> "Continue";
            default -> "Read again";
        };
        return new PagesState(state.label(), ModuleStates.duration(state.secondsSpent()), open);
    }
}
