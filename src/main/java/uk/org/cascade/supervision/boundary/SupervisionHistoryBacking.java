package uk.org.cascade.supervision.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.platform.control.ChildIdentifiers;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CurrentUser;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.supervision.control.SupervisionHistory;
import uk.org.cascade.supervision.control.Supervision;
import uk.org.cascade.supervision.entity.SupervisionLog;

/**
 * One person's supervision, newest first: "history per supervisee" for supervisors and coordinators (with
 * {@code person}), and "My supervision" for the signed-in person (without). A log's author may edit it for
 * seven days; after that, and for others who may, a correction is appended as a note.
 */
@Named
@ViewScoped
public class SupervisionHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A log as a row of the history. */
    public record Row(long id, String date, String supervisor, String with, String format, String mode, int minutes,
                      int families, String themes, String themeNotes, String safeguarding, String nextDate, String notes,
                      String state, boolean editable) implements Serializable {
    }

    /** A log a note may be added to, in the note form's menu. */
    public record Choice(long id, String label) implements Serializable {
    }

    @Inject
    Supervision supervision;

    @Inject
    SupervisionHistory supervisionHistory;

    @Inject
    CurrentUser currentUser;

    @Inject
    Today today;

    private Long person;
    private String name;
    private List<Row> rows = List.of();
    private List<Choice> annotatable = List.of();
    private Long noteLog;
    private String noteText;

    public void load() throws IOException {
        UserAccount me = currentUser.account();
        long id = person == null ? me.getPerson().getId() : person;
        try {
            List<SupervisionLog> logs = supervisionHistory.history(id, me);
            name = supervisionHistory.personName(id);
            Instant now = today.now();
            List<Choice> choices = new ArrayList<>();
            List<Row> found = new ArrayList<>();
            for (SupervisionLog l : logs) {
                LogView v = LogView.of(l, supervision.notes(l), now,
                        supervision.seesOnlyThemselves(l, me) ? me.getPerson().getId() : null);
                String day = SuperviseesBacking.DAY.format(LocalDate.parse(v.date()));
                found.add(new Row(v.id(), day, v.supervisor(), v.supervisees().stream().filter(s -> s.personId() != id)
                        .map(LogView.SuperviseeView::name).collect(Collectors.joining(", ")),
                        v.format().equals("GROUP") ? "Group" : "Individual", v.mode().replace('_', ' ').toLowerCase(Locale.UK),
                        v.minutes(), v.familiesDiscussed(), String.join(", ", v.themes()), v.themeNotes(),
                        v.safeguardingConcern() ? "Concern raised: " + v.safeguardingAction() : "No concern raised",
                        v.nextDate() == null ? "—" : SuperviseesBacking.DAY.format(LocalDate.parse(v.nextDate())),
                        v.notes().stream().map(n -> n.text() + " (" + n.writtenBy() + ")").collect(Collectors.joining("; ")),
                        v.locked() ? "Locked" : "Editable by its author until "
                                + SuperviseesBacking.DAY.format(v.editableUntil().atZone(Today.ENGLAND).toLocalDate()),
                        supervision.mayRevise(l, me)));
                if (supervision.mayAddNote(l, me)) {
                    choices.add(new Choice(l.getId(), day + " – " + v.supervisor()));
                }
            }
            rows = found;
            annotatable = choices;
        } catch (NotFound e) {
            Messages.notFound(e);
        }
    }

    public String addNote() {
        if (noteLog == null) {
            Messages.error("Choose the log to correct");
            return null;
        }
        if (!Messages.attempt(() -> supervision.addNote(noteLog, noteText, currentUser.account()),
                Map.of("text", "note:text"))) {
            return null;
        }
        Messages.done("Added the correction.");
        return (person == null ? "/supervision/mine" : "/supervision/history") + "?faces-redirect=true"
                + (person == null ? "" : "&person=" + person);
    }

    public String getRule() {
        return ChildIdentifiers.RULE;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getName() {
        return name;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Choice> getAnnotatable() {
        return annotatable;
    }

    public Long getNoteLog() {
        return noteLog;
    }

    public void setNoteLog(Long noteLog) {
        this.noteLog = noteLog;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }
}
