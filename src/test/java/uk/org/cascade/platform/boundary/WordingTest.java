package uk.org.cascade.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WordingTest {

    private final Wording wording = new Wording();

    enum Sample { AT_RISK, NOT_STARTED, OPEN }

    @Test
    void aDayReadsAsPeopleWriteIt() {
        assertEquals("6 December 2026", wording.date(LocalDate.of(2026, 12, 6)));
        assertEquals("14 April 2025", wording.date(LocalDate.of(2025, 4, 14)));
        assertEquals("", wording.date((LocalDate) null));
    }

    @Test
    void anInstantFallsOnEnglandsDay() {
        // 23:30 UTC on 30 June is already 1 July in London (summer time)
        assertEquals("1 July 2026", wording.date(Instant.parse("2026-06-30T23:30:00Z")));
        assertEquals("31 December 2026", wording.date(Instant.parse("2026-12-31T23:30:00Z")));
    }

    @Test
    void countsAgreeWithTheirNouns() {
        assertEquals("1 school", wording.count(1, "school", "schools"));
        assertEquals("2 schools", wording.count(2, "school", "schools"));
        assertEquals("0 schools", wording.count(0, "school", "schools"));
        assertEquals("1 resilient school", wording.count(1, "resilient school", "resilient schools"));
        assertEquals("3 local authorities", wording.count(3, "local authority", "local authorities"));
    }

    @Test
    void giasClassesLoseTheirPrefix() {
        assertEquals("Rural town and fringe", wording.gias("(England/Wales) Rural town and fringe"));
        assertEquals("Urban major conurbation", wording.gias("(England/Wales) Urban major conurbation"));
        assertEquals("Academy converter", wording.gias("Academy converter"));
        assertEquals("", wording.gias(null));
    }

    @Test
    void statusesReadAsWords() {
        assertEquals("At risk", wording.status(Sample.AT_RISK));
        assertEquals("Not started", wording.status(Sample.NOT_STARTED));
        assertEquals("Open", wording.status("OPEN"));
        assertEquals("Gap", wording.status("GAP"));
        assertEquals("", wording.status(null));
    }
}
