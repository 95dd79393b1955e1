package uk.org.cascade.refresher.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.cascade.curriculum.entity.ExpiryRule;
import uk.org.cascade.platform.DateSpan;

class RefresherWindowTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 6, 1);
    private final RefresherWindow window = new RefresherWindow(EXPIRY, 90);

    @Test
    void window_opensNinetyDaysBeforeExpiry_onThatDayItself() {
        assertEquals(LocalDate.of(2027, 3, 3), window.opensOn());
        assertTrue(window.isOpenOn(LocalDate.of(2027, 3, 3)));
        assertFalse(window.isOpenOn(LocalDate.of(2027, 3, 2)));
    }

    @Test
    void window_isOpenOnTheDayBeforeExpiry_andClosedOnTheExpiryDay_whichIsTheLapse() {
        assertTrue(window.isOpenOn(EXPIRY.minusDays(1)));
        assertFalse(window.hasLapsedOn(EXPIRY.minusDays(1)));
        assertFalse(window.isOpenOn(EXPIRY));
        assertTrue(window.hasLapsedOn(EXPIRY));
    }

    @Test
    void leapDay_expiryOn29February_opensNinetyDaysEarlier() {
        LocalDate leap = LocalDate.of(2028, 2, 29);
        RefresherWindow w = new RefresherWindow(leap, 90);
        assertEquals(LocalDate.of(2027, 12, 1), w.opensOn());
        assertTrue(w.isOpenOn(LocalDate.of(2028, 2, 28)));
        assertTrue(w.hasLapsedOn(leap));
    }

    @Test
    void signedOnLeapDay_24MonthsLater_expiresOn28February() {
        Optional<RefresherWindow> w = RefresherWindow.onDay(List.of(span(LocalDate.of(2028, 2, 29), 24)),
                LocalDate.of(2029, 12, 1), 90);
        assertEquals(LocalDate.of(2030, 2, 28), w.orElseThrow().expiry());
    }

    @Test
    void renewal_extendsTheHolding_soTheWindowIsTheMergedHoldingsNotTheFirstSignOffs() {
        LocalDate first = LocalDate.of(2025, 6, 1);
        LocalDate oldExpiry = first.plusMonths(24);
        // Renewed in the window: the new sign-off runs 24 months from the old expiry (the default expiry base).
        LocalDate renewedOn = oldExpiry.minusDays(20);
        DateSpan renewal = new DateSpan(renewedOn,
                ExpiryRule.PREVIOUS.expiry(Optional.of(new DateSpan(first, oldExpiry)), renewedOn, 24));
        List<DateSpan> spans = List.of(span(first, 24), renewal);

        RefresherWindow w = RefresherWindow.onDay(spans, oldExpiry.minusDays(10), 90).orElseThrow();

        assertEquals(oldExpiry.plusMonths(24), w.expiry());
        assertFalse(w.isOpenOn(oldExpiry.minusDays(10)), "renewed: no refresher needed now");
    }

    @Test
    void noHolding_orOneThatNeverExpires_hasNoWindow() {
        assertTrue(RefresherWindow.onDay(List.of(span(LocalDate.of(2025, 1, 1), 12)), LocalDate.of(2026, 1, 1), 90).isEmpty());
        assertTrue(RefresherWindow.onDay(List.of(new DateSpan(LocalDate.of(2025, 1, 1), null)), LocalDate.of(2026, 1, 1), 90)
                .isEmpty());
    }

    @Test
    void demandMonth_isTheMonthTheWindowOpens_orTheCurrentMonthOnceOpen() {
        assertEquals(YearMonth.of(2027, 3), window.demandMonth(LocalDate.of(2026, 11, 25)));
        assertEquals(YearMonth.of(2027, 4), window.demandMonth(LocalDate.of(2027, 4, 10)));
    }

    private static DateSpan span(LocalDate from, int months) {
        return new DateSpan(from, from.plusMonths(months));
    }
}
