package uk.org.cascade.competency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.DateSpan;

/** Holdings from sign-off spans; each sign-off's expiry is {@code ExpiryRuleTest}'s subject. */
class HoldingTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
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
    void aSignOffWithoutExpiry_isHeldForever() {
        Optional<DateSpan> forever = Holding.on(List.of(new DateSpan(d("2020-01-01"), null)), d("2099-12-31"));
        assertNull(forever.orElseThrow().until());
    }
}
