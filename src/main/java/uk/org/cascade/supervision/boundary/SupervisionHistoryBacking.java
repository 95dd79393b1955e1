package uk.org.cascade.supervision.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.boundary.CurrentUser;
import uk.org.cascade.security.entity.UserAccount;
import uk.org.cascade.supervision.entity.SupervisionLog;

/**
 * One person's supervision, newest first: "history per supervisee" for supervisors and coordinators (with
 * {@code person}), and "My supervision" for the signed-in person (without). Read-only.
 */
@Named
@RequestScoped
public class SupervisionHistoryBacking {

    /** A log as a row of the history. */
    public record Row(long id, String date, String supervisor, String with, String format, String mode, int minutes,
                      int families, String themes, String themeNotes, String safeguarding, String nextDate, String notes,
                      String state) {
    }

    @Inject
    Supervision supervision;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private Long person;
    private String name;
    private List<Row> rows = List.of();

    public void load() throws IOException {
        UserAccount me = currentUser.account();
        long id = person == null ? me.getPerson().getId() : person;
        try {
            List<SupervisionLog> logs = supervision.history(id, me);
            name = person == null ? me.getPerson().getName() : supervision.personName(id);
            Instant now = Instant.now(clock);
            rows = logs.stream().map(l -> LogView.of(l, supervision.notes(l), now,
                    supervision.seesOnlyThemselves(l, me) ? me.getPerson().getId() : null)).map(v -> new Row(v.id(),
                    SuperviseesBacking.DAY.format(java.time.LocalDate.parse(v.date())), v.supervisor(),
                    v.supervisees().stream().filter(s -> s.personId() != id).map(LogView.SuperviseeView::name)
                            .collect(Collectors.joining(", ")),
                    v.format().equals("GROUP") ? "Group" : "Individual", v.mode().replace('_', ' ').toLowerCase(java.util.Locale.UK),
                    v.minutes(), v.familiesDiscussed(), String.join(", ", v.themes()), v.themeNotes(),
                    v.safeguardingConcern() ? "Concern raised: " + v.safeguardingAction() : "No concern raised",
                    v.nextDate() == null ? "—" : SuperviseesBacking.DAY.format(java.time.LocalDate.parse(v.nextDate())),
                    v.notes().stream().map(n -> n.text() + " (" + n.writtenBy() + ")").collect(Collectors.joining("; ")),
                    v.locked() ? "Locked" : "Editable by its author until " + v.editableUntil().atZone(
                            java.time.ZoneId.of("Europe/London")).toLocalDate())).toList();
        } catch (NotFound e) {
            Messages.notFound(e);
        }
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
}
