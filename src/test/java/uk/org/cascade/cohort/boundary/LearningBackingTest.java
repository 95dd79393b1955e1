package uk.org.cascade.cohort.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LearningBackingTest {

    @Test
    void when_namesTheDayAndTimesInEngland() {
        assertEquals("2 March 2026, 09:30–12:30",
                LearningBacking.when(Instant.parse("2026-03-02T09:30:00Z"), Instant.parse("2026-03-02T12:30:00Z")));
    }

    @Test
    void when_usesSummerTime() {
        assertEquals("1 July 2026, 10:00–13:00",
                LearningBacking.when(Instant.parse("2026-07-01T09:00:00Z"), Instant.parse("2026-07-01T12:00:00Z")));
    }

    @Test
    void when_namesTheEndDayWhenItIsAnotherDay() {
        assertEquals("6 March 2026, 22:00–7 March 2026, 01:00",
                LearningBacking.when(Instant.parse("2026-03-06T22:00:00Z"), Instant.parse("2026-03-07T01:00:00Z")));
    }
}
