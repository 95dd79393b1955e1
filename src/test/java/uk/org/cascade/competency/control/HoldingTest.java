package uk.org.cascade.competency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.DateSpan;

class HoldingTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aMonthAfterTheThirtyFirstOfJanuary_isTheLastDayOfFebruary() {
        assertEquals(d("2024-02-29"), Holding.expiry(Optional.empty(), d("2024-01-31"), 1), "leap year");
        assertEquals(d("2023-02-28"), Holding.expiry(Optional.empty(), d("2023-01-31"), 1));
        assertEquals(d("2025-02-28"), Holding.expiry(Optional.empty(), d("2024-02-29"), 12), "from a leap day");
        assertEquals(d("2028-02-29"), Holding.expiry(Optional.empty(), d("2024-02-29"), 48), "to a leap day");
    }

    @Test
    void renewalWhileHeld_extendsFromTheCurrentExpiry() {
        Optional<DateSpan> held = Holding.on(List.of(new DateSpan(d("2024-03-01"), d("2026-03-01"))), d("2026-01-10"));

        assertEquals(d("2028-03-01"), Holding.expiry(held, d("2026-01-10"), 24), "not from the renewal date");
    }

    @Test
    void renewalAfterALapse_runsFromItsOwnDate() {
        Optional<DateSpan> held = Holding.on(List.of(new DateSpan(d("2024-03-01"), d("2026-03-01"))), d("2026-04-02"));

        assertTrue(held.isEmpty());
        assertEquals(d("2028-04-02"), Holding.expiry(held, d("2026-04-02"), 24));
    }

    @Test
    void expiryIsExclusive_andTouchingSpansAreOneHolding() {
        List<DateSpan> spans = List.of(new DateSpan(d("2026-01-10"), d("2028-03-01")), new DateSpan(d("2024-03-01"), d("2026-03-01")));

        assertEquals(new DateSpan(d("2024-03-01"), d("2028-03-01")), Holding.on(spans, d("2027-06-01")).orElseThrow(),
                "since the first sign-off of the unbroken run");
        assertTrue(Holding.on(spans, d("2028-03-01")).isEmpty(), "not held on the expiry day");
        assertTrue(Holding.on(spans, d("2024-02-29")).isEmpty(), "not held before the first day");
    }

    @Test
    void aCompetencyWithoutValidity_neverExpires() {
        assertNull(Holding.expiry(Optional.empty(), d("2024-01-31"), null));
        Optional<DateSpan> forever = Holding.on(List.of(new DateSpan(d("2020-01-01"), null)), d("2099-12-31"));
        assertNull(forever.orElseThrow().until());
    }
}
