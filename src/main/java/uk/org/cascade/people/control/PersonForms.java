package uk.org.cascade.people.control;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDate;
import uk.org.cascade.platform.Validation;

/** What the API takes to record people and their employments. Dates are YYYY-MM-DD text, checked here. */
public final class PersonForms {

    private PersonForms() {
    }

    /** A new person; a coordinator must give their first employment, at a school in scope. */
    public record NewPerson(String name, String email, NewEmployment employment) {

        @JsonbCreator
        public NewPerson {
        }
    }

    /** {@code teamCode} is reserved for provider teams, which are not recorded yet. */
    public record NewEmployment(Integer schoolUrn, String teamCode, String jobTitle, String startDate, String endDate) {

        @JsonbCreator
        public NewEmployment {
        }
    }

    /** A leaver; {@code version}, when sent, is the employment's version as read (stale → 409). */
    public record Ending(String endDate, String reason, Long version) {

        @JsonbCreator
        public Ending {
        }
    }

    /**
     * A mover: the employment ends on {@code endDate} (their last day there) and a job at {@code schoolUrn} starts
     * on {@code startDate}, or the next day when that is not given.
     */
    public record Move(String endDate, String reason, Integer schoolUrn, String jobTitle, String startDate, Long version) {

        @JsonbCreator
        public Move {
        }

        /** The ending this move makes of the old job. */
        public Ending ending() {
            return new Ending(endDate, reason, version);
        }

        /**
         * The new job: from {@code startDate}, else the day after the last day at the old school. A start on or
         * before that last day is refused, since a move that overlaps is two jobs, which a joiner records.
         */
        public NewEmployment newEmployment(int fromUrn) {
            Validation check = new Validation();
            LocalDate end = check.date(endDate, "endDate");
            LocalDate start = check.date(startDate, "startDate");
            check.require(endDate != null && !endDate.isBlank(), "endDate", "endDate is required (YYYY-MM-DD)")
                    .require(schoolUrn != null, "schoolUrn", "schoolUrn is required: the school they move to")
                    .require(schoolUrn == null || schoolUrn != fromUrn, "schoolUrn",
                            "schoolUrn is the school they leave: choose the school they move to")
                    .require(start == null || end == null || start.isAfter(end), "startDate",
                            "startDate must be after their last day at the old school (" + end + ")");
            check.orThrow();
            return new NewEmployment(schoolUrn, null, jobTitle, (start != null ? start : end.plusDays(1)).toString(), null);
        }
    }

    static LocalDate date(String field, String text) {
        Validation check = new Validation();
        LocalDate date = check.date(text, field);
        check.orThrow();
        return date;
    }
}
