package uk.org.cascade.supervision.boundary;

import java.time.Instant;
import java.util.List;
import uk.org.cascade.supervision.entity.SupervisionLog;
import uk.org.cascade.supervision.entity.SupervisionNote;
import uk.org.cascade.supervision.entity.SupervisionTheme;

/** A supervision log as the API answers it; {@code editableUntil}: when its author's 7 days end. */
public record LogView(long id, String date, String programmeCode, String programme, long supervisorId, String supervisor,
                      List<SuperviseeView> supervisees, String format, String mode, int minutes, int familiesDiscussed,
                      List<String> themes, String themeNotes, boolean safeguardingConcern, String safeguardingAction,
                      String nextDate, long authorId, Instant recordedAt, Instant editableUntil, boolean locked,
                      long version, List<NoteView> notes) {

    public record SuperviseeView(long personId, String name, int schoolUrn, String school) {
    }

    public record NoteView(long id, String text, String writtenBy, Instant writtenAt) {
    }

    /** {@code onlyPersonId}: a learner reading their own log sees only themselves among its supervisees. */
    public static LogView of(SupervisionLog log, List<SupervisionNote> notes, Instant now, Long onlyPersonId) {
        Instant until = log.getRecordedAt().plus(SupervisionLog.EDITABLE_FOR);
        return new LogView(log.getId(), log.getDate().toString(), log.getProgramme().getCode(), log.getProgramme().getTitle(),
                log.getSupervisor().getId(), log.getSupervisor().getName(), log.getSupervisees().stream()
                .filter(s -> onlyPersonId == null || s.getPerson().getId().equals(onlyPersonId))
                .map(s -> new SuperviseeView(s.getPerson().getId(), s.getPerson().getName(), s.getSchool().getUrn(),
                        s.getSchool().getName())).toList(),
                log.getFormat().name(), log.getMode().name(), log.getMinutes(), log.getFamiliesDiscussed(),
                log.getThemes().stream().map(SupervisionTheme::getName).toList(), log.getThemeNotes(),
                log.isSafeguardingConcern(), log.getSafeguardingAction(),
                log.getNextDate() == null ? null : log.getNextDate().toString(), log.getAuthor().getId(),
                log.getRecordedAt(), until, !now.isBefore(until), log.getVersion(),
                notes.stream().map(n -> new NoteView(n.getId(), n.getText(), n.getWrittenBy().getName(), n.getWrittenAt()))
                        .toList());
    }
}
