package uk.org.cascade.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.org.cascade.organisation.entity.LocalAuthority;
import uk.org.cascade.organisation.entity.Region;
import uk.org.cascade.organisation.entity.School;
import uk.org.cascade.organisation.entity.SchoolStatus;
import uk.org.cascade.organisation.entity.Team;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.DateSpan;
import uk.org.cascade.platform.ValidationFailure;

class EmploymentTest {

    private static final LocalAuthority NORFOLK = new LocalAuthority(926, "Norfolk", new Region("East of England"));
    private static final School BROOKFIELD = school(990101);
    private static final School FAIRFIELD = school(990103);
    private static final Person JO = new Person("Jo Bloggs", "jo@school.test");

    @Test
    void anEndBeforeTheStart_isRefusedNamingBothDates() {
        ValidationFailure failure = assertThrows(ValidationFailure.class,
                () -> new Employment(JO, BROOKFIELD, "Pastoral lead", date("2026-09-01"), date("2026-08-31")));

        assertEquals("endDate 2026-08-31 is before startDate 2026-09-01", failure.violations().get(0).message());
    }

    @Test
    void aLeaver_endsOnTheirLastDay_whichStillCounts() {
        Employment job = new Employment(JO, BROOKFIELD, "Teaching assistant", date("2025-09-01"), null);

        job.end(date("2026-07-31"), "moved school");

        assertTrue(job.isCurrentOn(date("2026-07-31")));
        assertFalse(job.isCurrentOn(date("2026-08-01")));
        assertEquals("moved school", job.getEndReason());
    }

    @Test
    void endingTwice_isAConflict_andEndingBeforeTheStartIsRefused() {
        Employment job = new Employment(JO, BROOKFIELD, "SENCO", date("2025-09-01"), null);
        assertThrows(ValidationFailure.class, () -> job.end(date("2025-08-01"), null));

        job.end(date("2026-07-31"), null);

        assertThrows(Conflict.class, () -> job.end(date("2026-08-31"), null));
    }

    @Test
    void overlap_meansTheSameSchoolOnASharedDay() {
        Employment first = new Employment(JO, BROOKFIELD, "TA", date("2024-09-01"), date("2025-07-31"));

        assertTrue(first.overlaps(new Employment(JO, BROOKFIELD, "TA", date("2025-07-31"), null)));
        assertFalse(first.overlaps(new Employment(JO, BROOKFIELD, "TA", date("2025-08-01"), null)));
        assertFalse(first.overlaps(new Employment(JO, FAIRFIELD, "TA", date("2024-09-01"), null)),
                "two schools at once is normal");
    }

    @Test
    void aTeamJob_overlapsOnlyTheSameTeam() {
        Team mhst = new Team("MHST-N", "Norwich MHST", java.util.Set.of(BROOKFIELD));
        Employment withTeam = new Employment(JO, mhst, "EMHP", date("2025-01-06"), null);

        assertTrue(withTeam.overlaps(new Employment(JO, mhst, "CWP", date("2026-01-05"), null)));
        assertFalse(withTeam.overlaps(new Employment(JO, BROOKFIELD, "TA", date("2025-01-06"), null)));
        assertEquals("Norwich MHST", withTeam.getWorkplace());
    }

    @Test
    void aJobTitleAndStart_areRequired() {
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> new Employment(JO, BROOKFIELD, " ", null, null));

        assertEquals(2, failure.violations().size());
    }

    @Test
    void itsSpan_runsThroughTheLastWorkingDay_andStaysOpenUntilItEnds() {
        Employment job = new Employment(JO, BROOKFIELD, "TA", date("2025-09-01"), null);
        assertEquals(DateSpan.onwardsFrom(date("2025-09-01")), job.span());

        job.end(date("2026-07-31"), null);

        assertEquals(new DateSpan(date("2025-09-01"), date("2026-08-01")), job.span(), "until: the first day not worked");
        assertEquals(date("2026-07-31"), job.span().lastDay());
    }

    @Test
    void aOneDayJob_isCurrentOnThatDayOnly() {
        Employment cover = new Employment(JO, BROOKFIELD, "Supply cover", date("2026-03-02"), date("2026-03-02"));

        assertFalse(cover.isCurrentOn(date("2026-03-01")));
        assertTrue(cover.isCurrentOn(date("2026-03-02")));
        assertFalse(cover.isCurrentOn(date("2026-03-03")));
        assertTrue(cover.overlaps(new Employment(JO, BROOKFIELD, "TA", date("2026-03-02"), null)));
        assertFalse(cover.overlaps(new Employment(JO, BROOKFIELD, "TA", date("2026-03-03"), null)));
    }

    private static School school(int urn) {
        return new School(urn, "School " + urn, NORFOLK, "Primary", "Community school", SchoolStatus.OPEN, "NR1 1AA",
                "(England/Wales) Rural village", null);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
