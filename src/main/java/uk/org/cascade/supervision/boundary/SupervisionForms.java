package uk.org.cascade.supervision.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;
import java.util.Map;

/** The shapes the API takes. */
public final class SupervisionForms {

    private SupervisionForms() {
    }

    /**
     * A log as API.md has it, plus optional {@code programmeCode} (inferred when only one programme fits),
     * {@code themeNotes} (free text, checked for identifiers), {@code schools} (personId → URN, for a
     * supervisee employed at several schools that day) and {@code version} (required to revise).
     */
    public record LogForm(String date, Long supervisorId, List<Long> supervisees, String format, String mode,
                          Integer minutes, Integer familiesDiscussed, List<String> themes, Boolean safeguardingConcern,
                          String safeguardingAction, String nextDate, String themeNotes, String programmeCode,
                          Map<String, Integer> schools, Long version) {

        @JsonbCreator
        public LogForm {
        }
    }

    /** A correction appended to a log. */
    public record NoteForm(String text) {

        @JsonbCreator
        public NoteForm {
        }
    }

    /** A theme of the administrators' list; {@code version} when revising. */
    public record ThemeForm(String name, Boolean retired, Long version) {

        @JsonbCreator
        public ThemeForm {
        }
    }
}
