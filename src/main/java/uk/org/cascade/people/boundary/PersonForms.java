package uk.org.cascade.people.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.org.cascade.platform.ValidationFailure;

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

    public record Ending(String endDate, String reason) {

        @JsonbCreator
        public Ending {
        }
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of(field, field + " '" + text + "' is not a date in the form YYYY-MM-DD");
        }
    }
}
