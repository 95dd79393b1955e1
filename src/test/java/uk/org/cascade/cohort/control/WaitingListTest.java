package uk.org.cascade.cohort.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.control.WaitingList.Candidate;

class WaitingListTest {

    private static final Instant NINE = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void aSchoolBelowItsCoverageTarget_jumpsTheQueue() {
        Candidate early = new Candidate(1, NINE, true);
        Candidate gap = new Candidate(2, NINE.plusSeconds(3600), false);

        assertEquals(List.of(gap, early), WaitingList.order(List.of(early, gap)));
    }

    @Test
    void otherwise_firstComeFirstServed_withTheEarlierRecordOnATie() {
        Candidate second = new Candidate(7, NINE.plusSeconds(60), false);
        Candidate first = new Candidate(9, NINE, false);
        Candidate tiedLater = new Candidate(8, NINE, false);

        assertEquals(List.of(tiedLater, first, second), WaitingList.order(List.of(second, first, tiedLater)));
    }
}
