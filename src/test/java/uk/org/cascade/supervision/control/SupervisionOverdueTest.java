package uk.org.cascade.supervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.org.cascade.supervision.control.SupervisionPolicy.Status;

class SupervisionOverdueTest {

    static final LocalDate LAST = LocalDate.of(2026, 1, 5);

    @Test
    void dueSixWeeksAfterTheLastSupervision() {
        assertEquals(LocalDate.of(2026, 2, 16), SupervisionPolicy.dueOn(LAST, 6));
    }

    @Test
    void onTheDueDay_isNotOverdue() {
        assertEquals(0, SupervisionPolicy.daysOverdue(LAST, 6, LAST.plusDays(42)));
        assertEquals(Status.DUE_SOON, SupervisionPolicy.status(LAST, 6, LAST.plusDays(42)));
    }

    @Test
    void theDayAfterTheDueDay_isOneDayOverdue() {
        assertEquals(1, SupervisionPolicy.daysOverdue(LAST, 6, LAST.plusDays(43)));
        assertEquals(Status.OVERDUE, SupervisionPolicy.status(LAST, 6, LAST.plusDays(43)));
    }

    @Test
    void dueSoon_startsFourteenDaysBeforeTheDueDay() {
        assertEquals(Status.UP_TO_DATE, SupervisionPolicy.status(LAST, 6, LAST.plusDays(42 - 15)));
        assertEquals(Status.DUE_SOON, SupervisionPolicy.status(LAST, 6, LAST.plusDays(42 - 14)));
    }

    @Test
    void theProgrammesIntervalCounts() {
        assertEquals(0, SupervisionPolicy.daysOverdue(LAST, 4, LAST.plusDays(28)));
        assertEquals(15, SupervisionPolicy.daysOverdue(LAST, 4, LAST.plusDays(43)));
    }

    @Test
    void acrossAMonthAndYearEnd_countsCalendarDays() {
        LocalDate last = LocalDate.of(2025, 12, 1);
        assertEquals(LocalDate.of(2026, 1, 12), SupervisionPolicy.dueOn(last, 6));
        assertEquals(20, SupervisionPolicy.daysOverdue(last, 6, LocalDate.of(2026, 2, 1)));
    }

    @Test
    void authorMayReviseForSevenDaysOnly() {
        Instant recorded = Instant.parse("2026-11-01T10:00:00Z");
        assertTrue(SupervisionPolicy.mayRevise(true, recorded, recorded.plus(Duration.ofDays(7)).minusSeconds(1)));
        assertFalse(SupervisionPolicy.mayRevise(true, recorded, recorded.plus(Duration.ofDays(7))));
        assertFalse(SupervisionPolicy.mayRevise(false, recorded, recorded.plusSeconds(60)));
    }
}
