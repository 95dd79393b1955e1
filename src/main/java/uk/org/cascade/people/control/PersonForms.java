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

    public record Ending(String endDate, String reason) {

        @JsonbCreator
        public Ending {
        }
    }

    static LocalDate date(String field, String text) {
        Validation check = new Validation();
        LocalDate date = check.date(text, field);
        check.orThrow();
        return date;
    }
}
