package uk.org.cascade.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.cascade.people.control.PersonForms.Move;
import uk.org.cascade.people.control.PersonForms.NewEmployment;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;

class MoveTest {

    private static final int OLD_SCHOOL = 990101;
    private static final int NEW_SCHOOL = 990103;

    @Test
    void withoutAStartDate_theNewJobStartsTheDayAfterTheLastDay_evenAcrossAYearEnd() {
        NewEmployment next = new Move("2026-12-31", null, NEW_SCHOOL, "Pastoral lead", null, 3L).newEmployment(OLD_SCHOOL);

        assertEquals(new NewEmployment(NEW_SCHOOL, null, "Pastoral lead", "2027-01-01", null), next);
    }

    @Test
    void aChosenStartDate_afterTheLastDay_isKept() {
        assertEquals("2027-01-04", new Move("2026-12-18", "moved", NEW_SCHOOL, "TA", "2027-01-04", null)
                .newEmployment(OLD_SCHOOL).startDate());
    }

    @Test
    void aStartOnOrBeforeTheLastDay_isRefused_sinceThatIsTwoJobsNotAMove() {
        assertEquals(List.of(Violation.field("startDate", "startDate must be after their last day at the old school (2026-12-18)")),
                refusal(new Move("2026-12-18", null, NEW_SCHOOL, "TA", "2026-12-18", null)));
    }

    @Test
    void theSchoolMustBeGivenAndDifferFromTheOneTheyLeave_andTheLastDayIsRequired() {
        assertEquals(List.of(Violation.field("schoolUrn", "schoolUrn is the school they leave: choose the school they move to")),
                refusal(new Move("2026-12-18", null, OLD_SCHOOL, "TA", null, null)));
        assertEquals(List.of(Violation.field("endDate", "endDate is required (YYYY-MM-DD)"),
                        Violation.field("schoolUrn", "schoolUrn is required: the school they move to")),
                refusal(new Move(" ", null, null, "TA", null, null)));
        assertEquals("endDate", refusal(new Move("18/12/2026", null, NEW_SCHOOL, "TA", null, null)).get(0).field());
    }

    @Test
    void theEndingCarriesTheDateReasonAndVersion() {
        assertEquals(new PersonForms.Ending("2026-12-18", "moved", 7L),
                new Move("2026-12-18", "moved", NEW_SCHOOL, "TA", null, 7L).ending());
    }

    private static List<Violation> refusal(Move move) {
        return assertThrows(ValidationFailure.class, () -> move.newEmployment(OLD_SCHOOL)).violations();
    }
}
