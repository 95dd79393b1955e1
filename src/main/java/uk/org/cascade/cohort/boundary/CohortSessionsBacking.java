package uk.org.cascade.cohort.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.cascade.cohort.control.CohortForms.SessionForm;
import uk.org.cascade.cohort.control.CohortReach;
import uk.org.cascade.cohort.control.Sessions;
import uk.org.cascade.cohort.entity.Cohort;
import uk.org.cascade.cohort.entity.Session;
import uk.org.cascade.curriculum.entity.Module;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.platform.Dates;

/** The cohort page's sessions: the list, adding one and removing one that has not started. */
@Named
@ViewScoped
public class CohortSessionsBacking extends CohortPageSection {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = Dates.DAY_AND_TIME;
    private static final DateTimeFormatter UNTIL = Dates.TIME;
    private static final Map<String, String> SESSION_FIELDS = Map.of("start", "newSession:start", "end", "newSession:end",
            "location", "newSession:location", "onlineLink", "newSession:link", "moduleIds", "newSession:modules");

    public record SessionRow(long id, String when, String where, String modules, boolean started)
            implements java.io.Serializable {
    }

    @Inject
    Sessions sessionPlans;

    @Inject
    Today today;

    private List<SessionRow> sessions = List.of();
    private List<SessionRow> startedSessions = List.of();
    private List<MenuOption> liveModules = List.of();

    private LocalDateTime newStart;
    private LocalDateTime newEnd;
    private String newLocation;
    private String newLink;
    private List<Long> newModules = new ArrayList<>();

    @Override
    protected void reload(Cohort cohort, CohortReach reach) {
        Instant now = today.now();
        sessions = cohort.getSessions().stream().map(s -> new SessionRow(s.getId(), when(s), s.getWhere(),
                s.getModules().stream().map(Module::getTitle).collect(Collectors.joining("; ")), s.hasStarted(now))).toList();
        startedSessions = sessions.stream().filter(SessionRow::started).toList();
        liveModules = cohort.getProgramme().currentModules().stream().filter(m -> m.getMode().isLive())
                .map(m -> new MenuOption(m.getId(), m.getTitle())).toList();
    }

    private static String when(Session s) {
        return s.getStartsAt().atZone(Today.ENGLAND).format(WHEN) + "–" + s.getEndsAt().atZone(Today.ENGLAND).format(UNTIL);
    }

    public void addSession() {
        SessionForm form = new SessionForm(newStart == null ? null : newStart.toString(),
                newEnd == null ? null : newEnd.toString(), newLocation, newLink, newModules);
        if (Messages.attempt(() -> sessionPlans.add(page.getId(), form, page.reach()), SESSION_FIELDS)) {
            Messages.done("Session added.");
            newStart = null;
            newEnd = null;
            newLocation = null;
            newLink = null;
            newModules = new ArrayList<>();
        }
        page.changed();
    }

    public void removeSession(long sessionId) {
        if (Messages.attempt(() -> sessionPlans.remove(page.getId(), sessionId, page.reach()), Map.of())) {
            Messages.done("Session removed.");
        }
        page.changed();
    }

    public List<SessionRow> getSessions() {
        fresh();
        return sessions;
    }

    public List<SessionRow> getStartedSessions() {
        fresh();
        return startedSessions;
    }

    public List<MenuOption> getLiveModules() {
        fresh();
        return liveModules;
    }

    public LocalDateTime getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDateTime newStart) {
        this.newStart = newStart;
    }

    public LocalDateTime getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDateTime newEnd) {
        this.newEnd = newEnd;
    }

    public String getNewLocation() {
        return newLocation;
    }

    public void setNewLocation(String newLocation) {
        this.newLocation = newLocation;
    }

    public String getNewLink() {
        return newLink;
    }

    public void setNewLink(String newLink) {
        this.newLink = newLink;
    }

    public List<Long> getNewModules() {
        return newModules;
    }

    public void setNewModules(List<Long> newModules) {
        this.newModules = newModules;
    }
}
