package uk.org.cascade.coverage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.org.cascade.coverage.entity.CoverageStatus.AT_RISK;
import static uk.org.cascade.coverage.entity.CoverageStatus.COVERED;
import static uk.org.cascade.coverage.entity.CoverageStatus.GAP;
import static uk.org.cascade.coverage.entity.CoverageStatus.NOT_STARTED;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.cascade.coverage.control.CoverageQuery.SchoolCoverage;
import uk.org.cascade.coverage.control.CoverageRollups.Cell;
import uk.org.cascade.coverage.control.CoverageRule.Reason;
import uk.org.cascade.coverage.control.CoverageRule.ReasonKind;
import uk.org.cascade.coverage.control.CoverageView.Attention;
import uk.org.cascade.coverage.control.CoverageView.Earlier;
import uk.org.cascade.coverage.entity.CoverageStatus;
import uk.org.cascade.platform.boundary.PageRequest;

class CoverageViewTest {

    private static final LocalDate D = LocalDate.of(2026, 12, 6);

    private static SchoolCoverage school(int urn, String name, int la, CoverageStatus status, int trained, int target,
                                         Reason... reasons) {
        return new SchoolCoverage(urn, name, la, "LA " + la, "East of England", urn % 2 == 0 ? "Primary" : null,
                "Rural village", urn % 3 == 0 ? null : 3, target, trained, 0, status, List.of(reasons), 600_000 + urn,
                300_000 + urn);
    }

    private static Reason leaves(long person, LocalDate lastDay) {
        return new Reason(person, "Person " + person, ReasonKind.LEAVING, lastDay);
    }

    private static Reason expires(long person, LocalDate firstDayNotHeld) {
        return new Reason(person, "Person " + person, ReasonKind.EXPIRY, firstDayNotHeld);
    }

    @Test
    void counts_arePerStatusFromTheRows_withResilientSchoolsAndTrainedStaff() {
        CoverageView view = new CoverageView(D, List.of(
                school(1, "A", 926, COVERED, 2, 1), school(2, "B", 926, COVERED, 1, 1),
                school(3, "C", 926, AT_RISK, 3, 1, leaves(7, D.plusDays(3))), school(4, "D", 935, GAP, 0, 1),
                school(5, "E", 935, NOT_STARTED, 0, 1)), Optional.empty());

        CoverageView.Counts counts = view.counts();
        assertEquals(2, counts.of(COVERED));
        assertEquals(1, counts.of(AT_RISK));
        assertEquals(1, counts.of(GAP));
        assertEquals(1, counts.of(NOT_STARTED));
        assertEquals(5, counts.total());
        assertEquals(2, counts.resilient(), "two covered-or-at-risk schools have two or more trained staff");
        assertEquals(6, counts.trainedStaff());

        CoverageView.Counts norfolk = view.counts(s -> s.laCode() == 926);
        assertEquals(3, norfolk.total());
        assertEquals(0, norfolk.of(GAP));
    }

    @Test
    void theCube_sumsToTheCounts_andNamesWhatIsNotRecorded() {
        CoverageView view = new CoverageView(D, List.of(school(1, "A", 926, COVERED, 2, 1),
                school(3, "C", 926, COVERED, 1, 1), school(9, "I", 926, COVERED, 1, 1), school(4, "D", 935, GAP, 0, 1)),
                Optional.empty());

        List<Cell> cube = view.cube();
        assertEquals(view.counts().total(), cube.stream().mapToLong(Cell::schools).sum());
        assertEquals(view.counts().trainedStaff(), cube.stream().mapToLong(Cell::trainedStaff).sum());
        Cell noPhaseNoDecile = cube.stream().filter(c -> c.laCode() == 926 && c.imdDecile() == 0).findFirst().orElseThrow();
        assertEquals("Not recorded", noPhaseNoDecile.phase());
        assertEquals(2, noPhaseNoDecile.schools(), "schools 3 and 9: odd URNs (no phase), multiples of 3 (no decile)");
        assertEquals("LA 926", noPhaseNoDecile.laName());
    }

    @Test
    void attention_putsGapsFirst_thenTheSoonestLossOfCover_andPages() {
        SchoolCoverage laterLeaver = school(10, "Aston", 926, AT_RISK, 1, 1, leaves(1, D.plusDays(60)));
        SchoolCoverage soonExpiry = school(11, "Beeston", 926, AT_RISK, 1, 1, expires(2, D.plusDays(10)));
        SchoolCoverage gapOneShort = school(12, "Carlton", 926, GAP, 1, 2);
        SchoolCoverage gapTwoShort = school(13, "Dereham", 926, GAP, 0, 2);
        SchoolCoverage covered = school(14, "Eaton", 926, COVERED, 2, 1);
        CoverageView view = new CoverageView(D, List.of(laterLeaver, soonExpiry, gapOneShort, covered, gapTwoShort),
                Optional.empty());

        List<Attention> all = view.attention(new PageRequest(0, 50)).items();
        assertEquals(List.of(13, 12, 11, 10), all.stream().map(a -> a.school().urn()).toList(),
                "gaps (the furthest below target first), then at risk by the day cover goes");
        assertEquals(D.plusDays(10), all.get(2).losesCoverOn());
        assertEquals(D.plusDays(61), all.get(3).losesCoverOn(), "a leaver's last day still counts");
        assertNull(all.get(0).losesCoverOn());

        var second = view.attention(new PageRequest(1, 3));
        assertEquals(4, second.total());
        assertEquals(List.of(10), second.items().stream().map(a -> a.school().urn()).toList());
        assertEquals(List.of(), view.attention(new PageRequest(5, 3)).items());
    }

    @Test
    void aSchoolAboveItsTarget_losesCoverWhenEnoughOfItsStaffHaveGone() {
        // Three trained, target 2: cover goes with the second loss; one person both leaves and expires.
        SchoolCoverage school = school(20, "Fakenham", 926, AT_RISK, 3, 2, leaves(1, D.plusDays(40)),
                expires(1, D.plusDays(20)), expires(2, D.plusDays(30)), leaves(3, D.plusDays(80)));
        assertEquals(D.plusDays(30), CoverageView.losesCoverOn(school));
    }

    @Test
    void lastMonth_givesTheChangeOfEachStatus() {
        CoverageView view = new CoverageView(D, List.of(school(1, "A", 926, GAP, 0, 1), school(2, "B", 926, GAP, 0, 1)),
                Optional.of(new Earlier(LocalDate.of(2026, 11, 1), Map.of(GAP, 5L, COVERED, 1L))));
        Earlier then = view.lastMonth().orElseThrow();
        assertEquals(-3, then.change(view.counts(), GAP));
        assertEquals(-1, then.change(view.counts(), COVERED));
        assertEquals(0, then.change(view.counts(), AT_RISK));
    }
}
