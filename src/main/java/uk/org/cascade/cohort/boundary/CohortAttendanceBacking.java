package uk.org.cascade.cohort.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.cascade.cohort.boundary.CohortRosterBacking.RosterRow;
import uk.org.cascade.cohort.boundary.CohortSessionsBacking.SessionRow;
import uk.org.cascade.cohort.control.AttendanceRegister;
import uk.org.cascade.cohort.control.CohortForms.Mark;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Cohorts;
import uk.org.cascade.cohort.entity.AttendanceStatus;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.people.control.People;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.CurrentUser;

/** The cohort page's attendance grid: a mark per learner with a place and session that has started. */
@Named
@ViewScoped
public class CohortAttendanceBacking extends CohortPageSection {

    private static final long serialVersionUID = 1L;

    @Inject
    Cohorts cohorts;

    @Inject
    AttendanceRegister register;

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    CohortRosterBacking roster;

    @Inject
    CohortSessionsBacking sessions;

    private Map<String, String> marks = new HashMap<>();
    private Map<String, String> recordedMarks = Map.of();

    @Override
    protected void reload(Cohort cohort, CohortReach reach) {
        Map<String, String> grid = new HashMap<>();
        cohorts.latestMarks(cohort).forEach((sessionId, bySession) ->
                bySession.forEach((enrolmentId, mark) -> grid.put(enrolmentId + ":" + sessionId, mark.name())));
        recordedMarks = Map.copyOf(grid);
        marks = new HashMap<>(grid);
    }

    /** Records only the marks that differ from what is recorded, for every session at once. */
    public void saveAttendance() {
        fresh();
        Map<Long, List<Mark>> changed = new LinkedHashMap<>();
        for (RosterRow row : roster.getPlacedRoster()) {
            for (SessionRow s : sessions.getStartedSessions()) {
                String now = marks.get(row.cell(s.id()));
                if (now != null && !now.isBlank() && !now.equals(recordedMarks.get(row.cell(s.id())))) {
                    changed.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(new Mark(row.enrolmentId(), now));
                }
            }
        }
        if (changed.isEmpty()) {
            Messages.done("No attendance changed.");
            return;
        }
        int[] recorded = new int[1];
        if (Messages.attempt(() -> recorded[0] = register.record(page.getId(), changed, page.reach(),
                people.of(currentUser.account())), Map.of())) {
            Messages.done("Attendance saved: " + recorded[0] + (recorded[0] == 1 ? " mark." : " marks."));
        }
        page.changed();
    }

    public Map<String, String> getMarks() {
        fresh();
        return marks;
    }

    public AttendanceStatus[] getAttendanceStatuses() {
        return AttendanceStatus.values();
    }
}
