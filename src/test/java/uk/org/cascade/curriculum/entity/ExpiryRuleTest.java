package uk.org.cascade.curriculum.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.DateSpan;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;

/** Each expiry base on its boundary days. Expiries are exclusive: the first day no longer held. */
class ExpiryRuleTest {

    private static final ExpiryRule PREVIOUS = ExpiryRule.PREVIOUS;
    private static final ExpiryRule COMPLETION = new ExpiryRule(ExpiryBase.COMPLETION_DATE, null, null);
    /** The end of the school year, held at least six months. */
    private static final ExpiryRule SCHOOL_YEAR = fixed("--08-31", 6);
    /** Held [1 March 2024, 1 March 2026): its last day is 28 February 2026. */
    private static final DateSpan HELD = new DateSpan(d("2024-03-01"), d("2026-03-01"));

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static ExpiryRule fixed(String day, Integer minimumActiveMonths) {
        return new ExpiryRule(ExpiryBase.FIXED_DATE, MonthDay.parse(day), minimumActiveMonths);
    }

    /** The holding that covers {@code day}, as the sign-off rules find it: none on or after the expiry day. */
    private static Optional<DateSpan> heldOn(DateSpan holding, LocalDate day) {
        return holding.contains(day) ? Optional.of(holding) : Optional.empty();
    }

    private static LocalDate first(ExpiryRule rule, String signedOn, Integer validityMonths) {
        return rule.expiry(Optional.empty(), d(signedOn), validityMonths);
    }

    private static LocalDate renewal(ExpiryRule rule, DateSpan holding, String signedOn, int validityMonths) {
        return rule.expiry(heldOn(holding, d(signedOn)), d(signedOn), validityMonths);
    }

    @Test
    void previousExpiry_aMonthAfterTheThirtyFirstOfJanuary_isTheLastDayOfFebruary() {
        assertEquals(d("2024-02-29"), first(PREVIOUS, "2024-01-31", 1), "leap year");
        assertEquals(d("2023-02-28"), first(PREVIOUS, "2023-01-31", 1));
        assertEquals(d("2025-02-28"), first(PREVIOUS, "2024-02-29", 12), "from a leap day");
        assertEquals(d("2028-02-29"), first(PREVIOUS, "2024-02-29", 48), "to a leap day");
    }

    @Test
    void previousExpiry_aRenewalWhileHeldRunsOnFromTheExpiry_afterALapseFromItsOwnDate() {
        assertEquals(d("2028-03-01"), renewal(PREVIOUS, HELD, "2026-01-10", 24), "in the window: not from its date");
        assertEquals(d("2028-03-01"), renewal(PREVIOUS, HELD, "2026-02-28", 24), "the last day held");
        assertEquals(d("2028-03-01"), renewal(PREVIOUS, HELD, "2026-03-01", 24), "the expiry day: lapsed, from its date");
        assertEquals(d("2028-04-02"), renewal(PREVIOUS, HELD, "2026-04-02", 24), "after a lapse");
    }

    @Test
    void completionDate_everyRenewalRunsFromItsOwnDate() {
        assertEquals(d("2028-01-10"), renewal(COMPLETION, HELD, "2026-01-10", 24), "in the window: the rest is not carried");
        assertEquals(d("2028-02-28"), renewal(COMPLETION, HELD, "2026-02-28", 24), "the last day held");
        assertEquals(d("2028-03-01"), renewal(COMPLETION, HELD, "2026-03-01", 24), "the expiry day");
        assertEquals(d("2028-04-02"), renewal(COMPLETION, HELD, "2026-04-02", 24), "after a lapse");
        assertEquals(d("2024-02-29"), first(COMPLETION, "2024-01-31", 1), "month ends clamp as ever");
        assertEquals(d("2025-02-28"), first(COMPLETION, "2024-02-29", 12));
    }

    @Test
    void fixedDate_31August_isHeldOn31August_andExpiresOn1September() {
        assertEquals(d("2026-09-01"), first(SCHOOL_YEAR, "2026-02-28", 12), "more than six months before");
        assertTrue(new DateSpan(d("2026-02-28"), first(SCHOOL_YEAR, "2026-02-28", 12)).contains(d("2026-08-31")));
    }

    @Test
    void fixedDate_aSignOffCloserThanTheMinimumPeriod_runsToTheFollowingYearsDay() {
        assertEquals(d("2026-09-01"), first(SCHOOL_YEAR, "2026-02-28", 12), "the day before the boundary");
        assertEquals(d("2026-09-01"), first(SCHOOL_YEAR, "2026-03-01", 12), "on it: 1 March to 31 August is six months");
        assertEquals(d("2027-09-01"), first(SCHOOL_YEAR, "2026-03-02", 12), "the day after: closer than six months");
        assertEquals(d("2027-09-01"), first(SCHOOL_YEAR, "2026-08-31", 12), "on the fixed day itself");
        assertEquals(d("2027-09-01"), first(SCHOOL_YEAR, "2026-09-01", 12), "the day after the fixed day");
    }

    @Test
    void fixedDate_aRenewalAlwaysEndsLaterThanTheHoldingItRenews() {
        DateSpan toAugust = new DateSpan(d("2025-10-01"), d("2026-09-01"));
        ExpiryRule oneMonth = fixed("--08-31", 1);

        assertEquals(d("2027-09-01"), renewal(oneMonth, toAugust, "2026-06-15", 12),
                "31 August 2026 is far enough off, but is the expiry already held");
        assertEquals(d("2027-09-01"), renewal(oneMonth, toAugust, "2026-08-31", 12), "the last day held");
        assertEquals(d("2027-09-01"), renewal(oneMonth, toAugust, "2026-09-01", 12), "the expiry day");
        assertEquals(d("2027-09-01"), renewal(SCHOOL_YEAR, toAugust, "2027-01-15", 12), "after a lapse");
        assertEquals(d("2028-09-01"), renewal(SCHOOL_YEAR, toAugust, "2027-03-15", 12), "after a lapse, too late in the year");
    }

    @Test
    void fixedDate_monthEndsAndLeapYears() {
        ExpiryRule endOfFebruary = fixed("--02-28", 1);

        assertEquals(d("2024-02-29"), first(endOfFebruary, "2024-01-31", 12),
                "31 January plus a month is 29 February 2024: held through 28 February is exactly a month");
        assertEquals(d("2023-03-01"), first(endOfFebruary, "2023-01-31", 12));
        assertEquals(d("2025-03-01"), first(endOfFebruary, "2024-02-01", 12), "1 February to 28 February is under a month");
        ExpiryRule yearEnd = fixed("--12-31", 6);
        assertEquals(d("2027-01-01"), first(yearEnd, "2026-07-01", 12));
        assertEquals(d("2028-01-01"), first(yearEnd, "2026-07-02", 12));
    }

    @Test
    void noValidity_neverExpires_whateverTheBase() {
        assertNull(first(PREVIOUS, "2024-01-31", null));
        assertNull(first(COMPLETION, "2024-01-31", null));
    }

    @Test
    void the29thOfFebruary_isRefusedAsAFixedDay() {
        assertEquals(List.of(Violation.field("fixedExpiryDay", "29 February is not in every year: choose 28 February or 1 March")),
                refusals(fixed("--02-29", 6), 12));
    }

    @Test
    void aFixedDate_needsItsDayAndAMinimumPeriodOf1To11Months_andAValidityOf12() {
        assertEquals(List.of(), refusals(SCHOOL_YEAR, 12));
        assertEquals(List.of(), refusals(fixed("--08-31", 11), 12));
        assertEquals(List.of("fixedExpiryDay", "minimumActiveMonths"),
                fields(new ExpiryRule(ExpiryBase.FIXED_DATE, null, null), 12));
        assertEquals(List.of("minimumActiveMonths"), fields(fixed("--08-31", 0), 12));
        assertEquals(List.of("minimumActiveMonths"), fields(fixed("--08-31", 12), 12));
        assertEquals(List.of("validityMonths"), fields(SCHOOL_YEAR, 24));
    }

    @Test
    void nonsenseCombinations_areRefusedNamingTheField() {
        assertEquals(List.of("expiryBase"), fields(COMPLETION, null), "never expires: nothing to date");
        assertEquals(List.of("expiryBase"), fields(SCHOOL_YEAR, null));
        assertEquals(List.of("fixedExpiryDay", "minimumActiveMonths"),
                fields(new ExpiryRule(ExpiryBase.PREVIOUS_EXPIRY, MonthDay.of(8, 31), 6), 24));
        assertEquals(List.of(), fields(PREVIOUS, null), "the default suits a competency that never expires");
    }

    private static List<Violation> refusals(ExpiryRule rule, Integer validityMonths) {
        Validation check = new Validation();
        rule.check(check, validityMonths);
        if (check.isValid()) {
            return List.of();
        }
        return assertThrows(ValidationFailure.class, check::orThrow).violations();
    }

    private static List<String> fields(ExpiryRule rule, Integer validityMonths) {
        return refusals(rule, validityMonths).stream().map(Violation::field).toList();
    }
}
