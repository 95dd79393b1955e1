package uk.org.cascade.coverage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.org.cascade.coverage.entity.CoverageStatus.AT_RISK;
import static uk.org.cascade.coverage.entity.CoverageStatus.COVERED;
import static uk.org.cascade.coverage.entity.CoverageStatus.GAP;
import static uk.org.cascade.coverage.entity.CoverageStatus.NOT_STARTED;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.cascade.coverage.control.CoverageRule.Award;
import uk.org.cascade.coverage.control.CoverageRule.Reason;
import uk.org.cascade.coverage.control.CoverageRule.ReasonKind;
import uk.org.cascade.coverage.control.CoverageRule.Staff;
import uk.org.cascade.coverage.control.CoverageRule.Stint;
import uk.org.cascade.platform.DateSpan;

class CoverageRuleTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 25);
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 9, 1);

    private static Staff staff(long id, Stint stint, Award... awards) {
        return new Staff(id, "Person " + id, List.of(stint), List.of(awards));
    }

    private static Stint employed(LocalDate from, LocalDate until) {
        return new Stint(from, until);
    }

    private static Award award(LocalDate from, LocalDate until) {
        return new Award(from, from, until);
    }

    @Test
    void aStintCountsItsLastDay_anAwardNotItsExpiryDay() {
        Stint stint = employed(D.minusDays(5), D);
        Award held = award(D.minusDays(5), D);

        assertEquals(new DateSpan(D.minusDays(5), D.plusDays(1)), stint.span(), "the end date is the last working day");
        assertEquals(new DateSpan(D.minusDays(5), D), held.span(), "the expiry is the first day not held");
        assertTrue(stint.covers(D));
        assertFalse(held.covers(D));
        assertTrue(employed(D, null).span().isOpenEnded());
        assertTrue(award(D, null).covers(D.plusYears(50)));
    }

    @Test
    void horizon_isNinetyDaysOn_acrossALeapDay() {
        assertEquals(LocalDate.of(2028, 2, 29), CoverageRule.horizon(LocalDate.of(2027, 12, 1)));
        assertEquals(LocalDate.of(2027, 3, 1), CoverageRule.horizon(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void status_coveredAtTarget_atRiskWhenTheHorizonFallsShort() {
        assertEquals(COVERED, CoverageRule.status(1, 1, 1, true));
        assertEquals(AT_RISK, CoverageRule.status(1, 0, 1, true));
        assertEquals(COVERED, CoverageRule.status(3, 2, 2, true));
        assertEquals(AT_RISK, CoverageRule.status(2, 1, 2, true));
    }

    @Test
    void status_belowTarget_isAGapOnceStarted_elseNotStarted() {
        assertEquals(GAP, CoverageRule.status(0, 0, 1, true));
        assertEquals(NOT_STARTED, CoverageRule.status(0, 0, 1, false));
        assertEquals(GAP, CoverageRule.status(1, 1, 2, false), "one of two trained: started, below target");
    }

    @Test
    void expiryDayItself_isNoLongerHeld() {
        Staff expiresToday = staff(1, employed(LONG_AGO, null), award(LONG_AGO, D));
        assertFalse(CoverageRule.trainedOn(expiresToday, D));
        assertEquals(GAP, CoverageRule.status(List.of(expiresToday), 1, D));
        assertEquals(AT_RISK, CoverageRule.status(List.of(expiresToday), 1, D.minusDays(1)));
    }

    @Test
    void expiryOnTheHorizonDay_isAtRisk_theDayAfter_isCovered() {
        Staff onHorizon = staff(1, employed(LONG_AGO, null), award(LONG_AGO, D.plusDays(90)));
        Staff after = staff(2, employed(LONG_AGO, null), award(LONG_AGO, D.plusDays(91)));
        assertEquals(AT_RISK, CoverageRule.status(List.of(onHorizon), 1, D));
        assertEquals(List.of(new Reason(1, "Person 1", ReasonKind.EXPIRY, D.plusDays(90))),
                CoverageRule.reasons(List.of(onHorizon), D));
        assertEquals(COVERED, CoverageRule.status(List.of(after), 1, D));
        assertEquals(List.of(), CoverageRule.reasons(List.of(after), D));
    }

    @Test
    void leapYearHorizon_expiryOnTheTwentyNinthOfFebruary() {
        LocalDate day = LocalDate.of(2027, 12, 1);
        Staff leapDay = staff(1, employed(LONG_AGO, null), award(LONG_AGO, LocalDate.of(2028, 2, 29)));
        Staff marchFirst = staff(2, employed(LONG_AGO, null), award(LONG_AGO, LocalDate.of(2028, 3, 1)));
        assertEquals(AT_RISK, CoverageRule.status(List.of(leapDay), 1, day));
        assertEquals(COVERED, CoverageRule.status(List.of(marchFirst), 1, day));
    }

    @Test
    void endDateIsTheLastWorkingDay_countedThatDay_notTheNext() {
        Staff leavesToday = staff(1, employed(LONG_AGO, D), award(LONG_AGO, null));
        assertTrue(CoverageRule.trainedOn(leavesToday, D));
        assertFalse(CoverageRule.trainedOn(leavesToday, D.plusDays(1)));
        assertEquals(GAP, CoverageRule.status(List.of(leavesToday), 1, D.plusDays(1)));
    }

    @Test
    void leavingOnTheHorizonDay_staysCovered_theDayBefore_isAtRisk() {
        Staff lastDayOnHorizon = staff(1, employed(LONG_AGO, D.plusDays(90)), award(LONG_AGO, null));
        Staff lastDayBefore = staff(2, employed(LONG_AGO, D.plusDays(89)), award(LONG_AGO, null));
        assertEquals(COVERED, CoverageRule.status(List.of(lastDayOnHorizon), 1, D));
        assertEquals(AT_RISK, CoverageRule.status(List.of(lastDayBefore), 1, D));
        assertEquals(List.of(new Reason(2, "Person 2", ReasonKind.LEAVING, D.plusDays(89))),
                CoverageRule.reasons(List.of(lastDayBefore), D));
    }

    @Test
    void aMoverCountsFromTheirFirstDay() {
        Staff mover = staff(1, employed(D, null), award(LONG_AGO, null));
        assertEquals(NOT_STARTED, CoverageRule.status(List.of(mover), 1, D.minusDays(1)));
        assertEquals(COVERED, CoverageRule.status(List.of(mover), 1, D));
    }

    @Test
    void aRenewalRecordedBeforeTheDay_carriesCoverPastTheHorizon() {
        LocalDate expiry = D.plusDays(30);
        Award first = award(LONG_AGO, expiry);
        Award renewal = new Award(D.minusDays(10), expiry, expiry.plusMonths(24));
        Staff renewed = staff(1, employed(LONG_AGO, null), first, renewal);
        assertEquals(COVERED, CoverageRule.status(List.of(renewed), 1, D));
        assertEquals(AT_RISK, CoverageRule.status(List.of(renewed), 1, D.minusDays(11)),
                "looking back to before the renewal was recorded, only the first expiry was known");
        assertEquals(expiry.plusMonths(24), CoverageRule.heldUntil(renewed, D));
    }

    @Test
    void trainingThatEndedBeforeTheJobBegan_neverCoveredTheSchool() {
        Staff lapsedBeforeJoining = staff(1, employed(LocalDate.of(2025, 1, 6), null),
                award(LONG_AGO, LocalDate.of(2022, 9, 1)));
        assertEquals(NOT_STARTED, CoverageRule.status(List.of(lapsedBeforeJoining), 1, D));
        Staff lapsedWhileThere = staff(2, employed(LocalDate.of(2022, 1, 4), null),
                award(LONG_AGO, LocalDate.of(2022, 9, 1)));
        assertEquals(GAP, CoverageRule.status(List.of(lapsedWhileThere), 1, D));
    }

    @Test
    void resilientNeedsTwoTrainedStaff() {
        assertTrue(CoverageRule.resilient(COVERED, 2));
        assertFalse(CoverageRule.resilient(COVERED, 1));
        assertFalse(CoverageRule.resilient(GAP, 1));
    }
}
