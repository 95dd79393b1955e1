package uk.org.cascade.cohort.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.control.Cohorts.Counts;
import uk.org.cascade.cohort.entity.EnrolmentStatus;

/** Places taken are everyone given a place, finished or not; the waiting and the withdrawn take none. */
class CountsTest {

    @Test
    void placesTaken_countEnrolledCompletedAndNotCompleted() {
        Counts counts = Counts.of(Map.of(EnrolmentStatus.ENROLLED, 3L, EnrolmentStatus.COMPLETED, 2L,
                EnrolmentStatus.NOT_COMPLETED, 1L, EnrolmentStatus.WAITLISTED, 4L, EnrolmentStatus.WITHDRAWN, 5L));

        assertEquals(6, counts.placesTaken());
        assertEquals(4, counts.waitlisted());
    }

    @Test
    void nobodyEnrolled_takesNoPlace() {
        assertEquals(0, Counts.NONE.placesTaken());
    }
}
