package uk.org.cascade.cohort.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.cascade.curriculum.entity.DeliveryMode;
import uk.org.cascade.curriculum.entity.Module.ModuleSpec;
import uk.org.cascade.curriculum.entity.Programme;
import uk.org.cascade.people.entity.Person;
import uk.org.cascade.platform.ValidationFailure;

/** Whether a cohort has a place left is the cohort's own rule. */
class CohortTest {

    private static Cohort cohortOf(int capacity) {
        Programme programme = new Programme("PLCBT-STAFF", "Parent-led CBT", null, null,
                List.of(new ModuleSpec("Intro", "Knows the model", 90, DeliveryMode.SELF_PACED)));
        return new Cohort(programme, "Norfolk spring", capacity, null, CohortStatus.DRAFT,
                Set.of(new Person("Tess Trainer", "tess@example.org")), Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void aFullCohort_admitsNobody() {
        Cohort cohort = cohortOf(12);

        assertFalse(cohort.admits(12));
        assertEquals(0, cohort.freePlaces(12));
    }

    @Test
    void withOnePlaceLeft_admitsOneMore() {
        Cohort cohort = cohortOf(12);

        assertTrue(cohort.admits(11));
        assertEquals(1, cohort.freePlaces(11));
    }

    @Test
    void anEmptyCohort_offersEveryPlace() {
        assertEquals(12, cohortOf(12).freePlaces(0));
    }

    /** Places given before the capacity came down (or taken by a refresher run) never make negative places. */
    @Test
    void moreTakenThanThereArePlaces_admitsNobody_andLeavesNoneFree() {
        Cohort cohort = cohortOf(10);

        assertFalse(cohort.admits(13));
        assertEquals(0, cohort.freePlaces(13));
    }

    @Test
    void capacityCannotGoBelowThePlacesTaken() {
        Cohort cohort = cohortOf(12);

        ValidationFailure refused = assertThrows(ValidationFailure.class, () -> cohort.revise("Norfolk spring", 9, null,
                cohort.getLeadTrainers(), 10));

        assertEquals("capacity", refused.violations().get(0).field());
        assertEquals(12, cohort.getCapacity());
        assertTrue(cohort.admits(11));
    }

    @Test
    void capacityLoweredToThePlacesTaken_leavesTheCohortFull() {
        Cohort cohort = cohortOf(12);

        cohort.revise("Norfolk spring", 10, null, cohort.getLeadTrainers(), 10);

        assertFalse(cohort.admits(10));
        assertEquals(0, cohort.freePlaces(10));
    }
}
