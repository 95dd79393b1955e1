package uk.org.cascade.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;

class TurnoverPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void nothingChosen_isTheLast90DaysEndingToday() {
        TurnoverPeriod period = TurnoverPeriod.of(null, null, null, TODAY);

        assertEquals(new TurnoverPeriod(LocalDate.of(2026, 9, 8), TODAY), period);
        assertEquals(90, period.days());
    }

    @Test
    void days_countTodayAsTheLastOfThem() {
        assertEquals(new TurnoverPeriod(LocalDate.of(2026, 11, 7), TODAY), TurnoverPeriod.of("30", "", " ", TODAY));
        assertEquals(new TurnoverPeriod(TODAY, TODAY), TurnoverPeriod.of("1", null, null, TODAY));
        assertEquals(365, TurnoverPeriod.of("365", null, null, TODAY).days());
    }

    @Test
    void aRange_includesBothEnds_acrossALeapDay() {
        TurnoverPeriod period = TurnoverPeriod.of(null, "2028-02-28", "2028-03-01", TODAY);

        assertEquals(3, period.days());
    }

    @Test
    void badDays_areRefusedOnTheDaysField() {
        assertEquals(List.of(Violation.field("days", "days must be a whole number from 1 to 3660")),
                refusal("abc", null, null));
        assertEquals("days", refusal("0", null, null).get(0).field());
        assertEquals("days", refusal("3661", null, null).get(0).field());
        assertEquals(List.of(Violation.field("days", "give either days or from and to, not both")),
                refusal("30", "2026-01-01", "2026-02-01"));
    }

    @Test
    void badRanges_areRefusedOnTheFieldAtFault() {
        assertEquals(List.of(Violation.field("to", "to is required with from (YYYY-MM-DD)")), refusal(null, "2026-01-01", null));
        assertEquals(List.of(Violation.field("from", "from is required with to (YYYY-MM-DD)")), refusal(null, null, "2026-01-01"));
        assertEquals(List.of(Violation.field("to", "to 2026-01-01 is before from 2026-02-01")),
                refusal(null, "2026-02-01", "2026-01-01"));
        assertEquals(List.of(Violation.field("from", "from '2026-02-30' is not a date in the form YYYY-MM-DD")),
                refusal(null, "2026-02-30", "2026-03-01"));
        assertEquals(List.of(Violation.field("to", "a period is at most 3660 days")), refusal(null, "2010-01-01", "2026-01-01"));
    }

    private static List<Violation> refusal(String days, String from, String to) {
        return assertThrows(ValidationFailure.class, () -> TurnoverPeriod.of(days, from, to, TODAY)).violations();
    }
}
