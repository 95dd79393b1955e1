package uk.org.cascade.cohort.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.org.cascade.cohort.control.CohortCompletion;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.control.Enrolments;
import uk.org.cascade.cohort.control.Progress.ModuleProgress;
import uk.org.cascade.cohort.control.WaitingLists;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Enrolment;
import uk.org.cascade.cohort.entity.EnrolmentStatus;
import uk.org.cascade.platform.boundary.Messages;

/** The cohort page's roster: everyone enrolled or waiting with their progress, the waiting list, withdrawing. */
@Named
@ViewScoped
public class CohortRosterBacking extends CohortPageSection {

    private static final long serialVersionUID = 1L;

    /** One learner; {@code position} on the waiting list, or null. */
    public record RosterRow(long enrolmentId, long personId, String name, String school, EnrolmentStatus standing,
                            Integer position, long done, int total) implements Serializable {

        public String status() {
            return standing.getLabel();
        }

        public boolean isWithdrawable() {
            return standing.withdrawable();
        }

        public boolean isPlaced() {
            return EnrolmentStatus.PLACED.contains(standing);
        }

        /** The key of this learner's cell in the attendance grid for a session. */
        public String cell(long sessionId) {
            return enrolmentId + ":" + sessionId;
        }
    }

    @Inject
    Cohorts cohorts;

    @Inject
    CohortCompletion completion;

    @Inject
    WaitingLists waitingLists;

    @Inject
    Enrolments enrolments;

    private List<RosterRow> roster = List.of();
    private List<RosterRow> waiting = List.of();

    @Override
    protected void reload(Cohort cohort, CohortReach reach) {
        List<Enrolment> visible = cohorts.roster(cohort, reach);
        Map<Long, List<ModuleProgress>> progress = completion.progress(cohort, visible);
        List<Enrolment> queue = waitingLists.inOrder(cohort);
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < queue.size(); i++) {
            positions.put(queue.get(i).getId(), i + 1);
        }
        roster = visible.stream().map(e -> new RosterRow(e.getId(), e.getPerson().getId(), e.getPerson().getName(),
                e.getSchool().getName(), e.getStatus(), positions.get(e.getId()),
                progress.get(e.getId()).stream().filter(ModuleProgress::done).count(), progress.get(e.getId()).size()))
                .toList();
        waiting = roster.stream().filter(r -> r.position() != null)
                .sorted(Comparator.comparing(RosterRow::position)).toList();
    }

    public void withdraw(long enrolmentId) {
        if (Messages.attempt(() -> enrolments.withdraw(page.getId(), enrolmentId, page.reach()), Map.of())) {
            Messages.done("Withdrawn. Any freed place went to the waiting list.");
        }
        page.changed();
    }

    public List<RosterRow> getRoster() {
        fresh();
        return roster;
    }

    /** Learners given a place, finished or not: the attendance grid's rows and those who may be signed off. */
    public List<RosterRow> getPlacedRoster() {
        return getRoster().stream().filter(RosterRow::isPlaced).toList();
    }

    public List<RosterRow> getWaiting() {
        fresh();
        return waiting;
    }
}
