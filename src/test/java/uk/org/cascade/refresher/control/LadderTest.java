package uk.org.cascade.refresher.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.cascade.curriculum.entity.ExpiryRule;
import uk.org.cascade.platform.DateSpan;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.refresher.control.Ladder.StepForm;
import uk.org.cascade.refresher.entity.LadderStep;

class LadderTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 6, 1);
    private static final Ladder DEFAULT = Ladder.DEFAULT;

    @Test
    void defaultLadder_isNinetySixtyThirtySevenDaysBefore_atLapse_andFourteenDaysAfter_escalating() {
        assertEquals(List.of(90, 60, 30, 7, 0, -14), days(DEFAULT.steps()));
        assertEquals(List.of("90 days before expiry — the holder", "60 days before expiry — the holder",
                "30 days before expiry — the holder and their coordinators",
                "7 days before expiry — the holder, their coordinators and their supervisor",
                "At lapse — the holder, their coordinators and their supervisor",
                "14 days after lapse — the holder and their coordinators"),
                DEFAULT.steps().stream().map(LadderStep::words).toList(), "escalating: more people hear nearer lapse");
    }

    @Test
    void eachStep_isDueOnItsOwnDay_andNotTheDayBefore() {
        assertEquals(List.of(90), days(DEFAULT.dueOn(EXPIRY, LocalDate.of(2027, 3, 3), true)));
        assertEquals(List.of(), days(DEFAULT.dueOn(EXPIRY, LocalDate.of(2027, 3, 2), true)));
        assertEquals(List.of(30), days(DEFAULT.dueOn(EXPIRY, EXPIRY.minusDays(30), true)));
        assertEquals(List.of(7), days(DEFAULT.dueOn(EXPIRY, EXPIRY.minusDays(7), true)));
        assertEquals(List.of(0), days(DEFAULT.dueOn(EXPIRY, EXPIRY, false)), "the expiry day is the lapse");
        assertEquals(List.of(-14), days(DEFAULT.dueOn(EXPIRY, EXPIRY.plusDays(14), false)));
        assertEquals(List.of(), DEFAULT.dueOn(EXPIRY, EXPIRY.plusDays(13), false));
    }

    @Test
    void aMissedStep_isStillDueForSevenDays_thenDropped() {
        assertEquals(List.of(60), days(DEFAULT.dueOn(EXPIRY, EXPIRY.minusDays(60 - 6), true)));
        assertEquals(List.of(), days(DEFAULT.dueOn(EXPIRY, EXPIRY.minusDays(60 - 7), true)));
        assertEquals(List.of(-14), days(DEFAULT.dueOn(EXPIRY, EXPIRY.plusDays(20), false)));
        assertEquals(List.of(), days(DEFAULT.dueOn(EXPIRY, EXPIRY.plusDays(21), false)));
    }

    @Test
    void beforeExpirySteps_stopAtExpiry_evenWithinTheirCatchUp_andTheLapseStepWaitsForIt() {
        assertEquals(List.of(7), days(DEFAULT.dueOn(EXPIRY, EXPIRY.minusDays(1), true)));
        assertEquals(List.of(0), days(DEFAULT.dueOn(EXPIRY, EXPIRY, false)), "not the 7-day step on the lapse day");
    }

    @Test
    void stepsCloseTogether_missedByDowntime_areBothDue_latestLast() {
        Ladder close = new Ladder(List.of(new LadderStep(8, false, false), new LadderStep(10, true, false)));
        List<LadderStep> due = close.dueOn(EXPIRY, EXPIRY.minusDays(8), true);
        assertEquals(List.of(10, 8), days(due));
    }

    @Test
    void aHolderWhoStillHoldsItOnTheDay_getsNoLapseStep_andOneWhoDoesNot_getsNoBeforeExpiryStep() {
        assertEquals(List.of(), DEFAULT.dueOn(EXPIRY, EXPIRY, true), "renewed after the expiry: a new holding");
        assertEquals(List.of(), DEFAULT.dueOn(EXPIRY, EXPIRY.minusDays(30), false), "not held that day");
    }

    @Test
    void aRenewal_movesTheHoldingsExpiry_soTheLadderStartsAfresh_fromTheNewExpiry() {
        LocalDate first = LocalDate.of(2025, 6, 1);
        LocalDate oldExpiry = first.plusMonths(24);
        LocalDate renewedOn = oldExpiry.minusDays(40);
        DateSpan renewal = new DateSpan(renewedOn, ExpiryRule.PREVIOUS.expiry(Optional.of(new DateSpan(first, oldExpiry)), renewedOn, 24));
        List<DateSpan> spans = List.of(new DateSpan(first, oldExpiry), renewal);

        LocalDate thirtyBeforeOld = oldExpiry.minusDays(30);
        LocalDate expiry = RefresherWindow.onDay(spans, thirtyBeforeOld, 90).orElseThrow().expiry();

        assertEquals(oldExpiry.plusMonths(24), expiry);
        assertEquals(List.of(), DEFAULT.dueOn(expiry, thirtyBeforeOld, true), "no 30-day step of the old expiry");
        assertEquals(List.of(), DEFAULT.dueOn(expiry, oldExpiry, true), "no lapse on the old expiry");
        assertEquals(List.of(90), days(DEFAULT.dueOn(expiry, expiry.minusDays(90), true)), "the new ladder's first step");
    }

    @Test
    void leapDay_expiryOn29February_thirtyDaysBeforeIs30January() {
        LocalDate leap = LocalDate.of(2028, 2, 29);
        assertEquals(List.of(30), days(DEFAULT.dueOn(leap, LocalDate.of(2028, 1, 30), true)));
        assertEquals(List.of(0), days(DEFAULT.dueOn(leap, leap, false)));
    }

    @Test
    void upcoming_areTheStepsFromTodayOn_todayIncluded() {
        assertEquals(List.of(30, 7, 0, -14), days(DEFAULT.upcoming(EXPIRY, EXPIRY.minusDays(30))));
        assertEquals(List.of(-14), days(DEFAULT.upcoming(EXPIRY, EXPIRY.plusDays(1))));
    }

    @Test
    void aLadderFromAClient_isSortedEarliestFirst_andCarriesWhoHears() {
        Ladder ladder = Ladder.of(List.of(new StepForm(0, null, null), new StepForm(45, true, false),
                new StepForm(-30, false, true)));
        assertEquals(List.of(45, 0, -30), days(ladder.steps()));
        assertEquals("45 days before expiry — the holder and their coordinators", ladder.steps().get(0).words());
        assertEquals("At lapse — the holder", ladder.steps().get(1).words());
        assertEquals("30 days after lapse — the holder and their supervisor", ladder.steps().get(2).words());
        assertEquals(45, ladder.earliest());
        assertEquals(-30, ladder.latest());
    }

    @Test
    void badLadders_areRefused_namingTheStep() {
        assertField(List.of(new StepForm(30, false, false), new StepForm(30, true, false)), "steps[1].daysBeforeExpiry");
        assertField(List.of(new StepForm(366, false, false)), "steps[0].daysBeforeExpiry");
        assertField(List.of(new StepForm(30, false, false), new StepForm(-61, false, false)), "steps[1].daysBeforeExpiry");
        assertField(Arrays.asList(new StepForm(null, true, false)), "steps[0].daysBeforeExpiry");
        assertField(List.of(), "steps");
        assertField(null, "steps");
        List<StepForm> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new StepForm(i * 10, false, false));
        }
        assertField(eleven, "steps");
        assertEquals(365, Ladder.of(List.of(new StepForm(365, false, false))).earliest(), "a year before is allowed");
        assertEquals(-60, Ladder.of(List.of(new StepForm(-60, false, false))).latest(), "two months after is allowed");
    }

    private static void assertField(List<StepForm> form, String field) {
        ValidationFailure e = assertThrows(ValidationFailure.class, () -> Ladder.of(form));
        assertTrue(e.violations().stream().anyMatch(v -> field.equals(v.field())), e.violations().toString());
    }

    private static List<Integer> days(List<LadderStep> steps) {
        return steps.stream().map(LadderStep::daysBeforeExpiry).toList();
    }
}
