package uk.org.cascade.coverage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.cascade.coverage.control.CoverageRule.Reason;
import uk.org.cascade.coverage.control.CoverageRule.ReasonKind;
import uk.org.cascade.coverage.control.LocalAuthoritySummary.Counts;
import uk.org.cascade.coverage.entity.CoverageStatus;

/** When an at-risk school loses cover, and why, in words that name nobody. */
class LocalAuthoritySummaryTest {

    private static final LocalDate MARCH_3 = LocalDate.of(2027, 3, 3);
    private static final LocalDate D = LocalDate.of(2027, 1, 10);

    private static Reason expiry(long person, LocalDate firstDayNotHeld) {
        return new Reason(person, "Person " + person, ReasonKind.EXPIRY, firstDayNotHeld);
    }

    private static Reason leaving(long person, LocalDate lastDay) {
        return new Reason(person, "Person " + person, ReasonKind.LEAVING, lastDay);
    }

    @Test
    void anExpiry_losesCoverOnItsDay_aLeaver_theDayAfterTheirLastDay() {
        assertEquals(MARCH_3, LocalAuthoritySummary.losesCoverOn(1, 1, List.of(expiry(1, MARCH_3)), D));
        assertEquals(MARCH_3.plusDays(1), LocalAuthoritySummary.losesCoverOn(1, 1, List.of(leaving(1, MARCH_3)), D));
    }

    @Test
    void someoneWhoLeavesBeforeTheirExpiry_countsOnceFromTheirEarlierLoss() {
        List<Reason> reasons = List.of(leaving(1, MARCH_3.minusDays(10)), expiry(1, MARCH_3));
        assertEquals(MARCH_3.minusDays(9), LocalAuthoritySummary.losesCoverOn(1, 1, reasons, D));
    }

    @Test
    void withStaffToSpare_coverGoesAtTheLossThatTakesItBelowTarget() {
        // Three trained, target two: the first loss leaves two (still covered), the second leaves one
        List<Reason> reasons = List.of(expiry(1, MARCH_3), expiry(2, MARCH_3.plusDays(20)), leaving(3, MARCH_3.plusDays(40)));
        assertEquals(MARCH_3.plusDays(20), LocalAuthoritySummary.losesCoverOn(3, 2, reasons, D));
        assertEquals(MARCH_3, LocalAuthoritySummary.losesCoverOn(2, 2, reasons, D));
    }

    @Test
    void withoutAKnownLoss_theHorizonStandsIn_ratherThanFailingThePage() {
        assertEquals(D.plusDays(90), LocalAuthoritySummary.losesCoverOn(1, 1, List.of(), D));
    }

    @Test
    void theReasons_nameNobody_countTheStaff_andRunSoonestFirst() {
        String why = LocalAuthoritySummary.why(List.of(expiry(1, MARCH_3), expiry(2, MARCH_3),
                leaving(3, LocalDate.of(2027, 2, 26)), expiry(4, LocalDate.of(2027, 4, 1))));

        assertEquals("One trained member of staff leaves, their last day 26 February 2027; two trained staff's "
                + "competencies expire on 3 March 2027; one trained member of staff's competency expires on 1 April 2027", why);
        assertFalse(why.contains("Person"), why);
    }

    @Test
    void inCover_isCoveredAndAtRisk_asAWholePerCentRoundedHalfUp() {
        Counts counts = new Counts(Map.of(CoverageStatus.COVERED, 1L, CoverageStatus.AT_RISK, 0L, CoverageStatus.GAP, 7L));
        assertEquals(Optional.of(13L), counts.percentInCover(), "1 of 8 is 12.5%");
        assertEquals(0, counts.of(CoverageStatus.NOT_STARTED), "a status without schools counts none");
        assertEquals(Optional.empty(), new Counts(Map.of()).percentInCover());
        assertEquals("no open schools", SummaryPdf.inCover(new Counts(Map.of())));
        assertEquals("100% (1 of 1 school)", SummaryPdf.inCover(new Counts(Map.of(CoverageStatus.COVERED, 1L))));
    }
}
