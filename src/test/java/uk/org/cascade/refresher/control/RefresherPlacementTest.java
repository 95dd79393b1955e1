package uk.org.cascade.refresher.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.refresher.control.RefresherPlacement.Choice;
import uk.org.cascade.refresher.control.RefresherPlacement.Nearness;
import uk.org.cascade.refresher.control.RefresherPlacement.Option;

class RefresherPlacementTest {

    private static final int NORFOLK = 926;
    private static final int SUFFOLK = 935;
    private static final int CAMDEN = 202;
    private static final String EAST = "East of England";
    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    private static final LocalDate EXPIRY = LocalDate.of(2027, 5, 1);

    @Test
    void sameLocalAuthority_beatsSameRegion_beatsNoArea_evenWhenLater() {
        Option anywhere = option(1, null, null, 3, 5);
        Option suffolk = option(2, SUFFOLK, EAST, 10, 12);
        Option norfolk = option(3, NORFOLK, EAST, 20, 22);

        assertEquals(3, choose(List.of(anywhere, suffolk, norfolk)).option().cohortId());
        assertEquals(2, choose(List.of(anywhere, suffolk)).option().cohortId());
        assertEquals(Nearness.ANY_AREA, choose(List.of(anywhere)).nearness());
    }

    @Test
    void anotherRegionsCohort_isNeverChosen() {
        assertTrue(RefresherPlacement.choose(List.of(option(1, CAMDEN, "London", 3, 5)), NORFOLK, EAST, DAY, EXPIRY).isEmpty());
    }

    @Test
    void withinTheSameNearness_theEarliestCohortWins() {
        Option later = option(1, NORFOLK, EAST, 20, 22);
        Option earlier = option(2, NORFOLK, EAST, 5, 9);
        assertEquals(2, choose(List.of(later, earlier)).option().cohortId());
    }

    @Test
    void aCohortEndingOnOrAfterTheExpiry_orStartingOnTheRunDay_doesNotFit() {
        Instant expiryStart = EXPIRY.atStartOfDay(Today.ENGLAND).toInstant();
        Option endsAfter = new Option(1, NORFOLK, EAST, at(10), expiryStart.plusSeconds(3600), 5);
        Option endsJustBefore = new Option(2, NORFOLK, EAST, at(10), expiryStart.minusSeconds(60), 5);
        Option startsToday = new Option(3, NORFOLK, EAST, DAY.atTime(15, 0).atZone(Today.ENGLAND).toInstant(), at(5), 5);

        assertFalse(RefresherPlacement.fits(endsAfter, DAY, EXPIRY));
        assertTrue(RefresherPlacement.fits(endsJustBefore, DAY, EXPIRY));
        assertFalse(RefresherPlacement.fits(startsToday, DAY, EXPIRY));
        assertEquals(2, choose(List.of(endsAfter, startsToday, endsJustBefore)).option().cohortId());
    }

    @Test
    void aFreePlaceFurtherAway_beatsTheWaitingListAtHome() {
        Option fullAtHome = option(1, NORFOLK, EAST, 3, 5).withFreePlaces(0);
        Option freeInRegion = option(2, SUFFOLK, EAST, 10, 12);
        Choice choice = choose(List.of(fullAtHome, freeInRegion));
        assertEquals(2, choice.option().cohortId());
        assertTrue(choice.placeFree());
    }

    @Test
    void whenEverySuitableCohortIsFull_theNearestEarliestWaitingListIsJoined() {
        Option fullAnywhere = option(1, null, null, 3, 5).withFreePlaces(0);
        Option fullAtHome = option(2, NORFOLK, EAST, 10, 12).withFreePlaces(0);
        Choice choice = choose(List.of(fullAnywhere, fullAtHome));
        assertEquals(2, choice.option().cohortId());
        assertFalse(choice.placeFree());
    }

    @Test
    void noSuitableCohort_isDemand() {
        assertTrue(RefresherPlacement.choose(List.of(), NORFOLK, EAST, DAY, EXPIRY).isEmpty());
    }

    private static Choice choose(List<Option> options) {
        return RefresherPlacement.choose(options, NORFOLK, EAST, DAY, EXPIRY).orElseThrow();
    }

    private static Option option(long id, Integer la, String region, int firstDay, int lastDay) {
        return new Option(id, la, region, at(firstDay), at(lastDay), 5);
    }

    private static Instant at(int daysAfterRunDay) {
        return LocalDateTime.of(DAY.plusDays(daysAfterRunDay), java.time.LocalTime.of(9, 30)).atZone(Today.ENGLAND).toInstant();
    }
}
