package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateSpanTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theFirstDayIsIn_theUntilDayIsOut() {
        DateSpan span = new DateSpan(d("2026-03-01"), d("2026-03-10"));

        assertFalse(span.contains(d("2026-02-28")));
        assertTrue(span.contains(d("2026-03-01")));
        assertTrue(span.contains(d("2026-03-09")));
        assertFalse(span.contains(d("2026-03-10")), "until is the first day outside");
        assertEquals(d("2026-03-09"), span.lastDay());
    }

    @Test
    void anEmptySpan_holdsNoDay() {
        DateSpan empty = new DateSpan(d("2026-03-01"), d("2026-03-01"));

        assertTrue(empty.isEmpty());
        assertFalse(empty.contains(d("2026-03-01")));
        assertNull(empty.lastDay());
        assertFalse(empty.overlaps(new DateSpan(d("2026-01-01"), null)), "nothing to share");
    }

    @Test
    void aOneDaySpan_isThroughTheSameDay() {
        DateSpan one = DateSpan.through(d("2026-03-01"), d("2026-03-01"));

        assertEquals(new DateSpan(d("2026-03-01"), d("2026-03-02")), one);
        assertTrue(one.contains(d("2026-03-01")));
        assertFalse(one.contains(d("2026-03-02")));
        assertFalse(one.isEmpty());
    }

    @Test
    void anOpenEndedSpan_containsEveryLaterDay() {
        DateSpan open = DateSpan.onwardsFrom(d("2026-03-01"));

        assertTrue(open.isOpenEnded());
        assertTrue(open.contains(d("9999-12-31")));
        assertFalse(open.contains(d("2026-02-28")));
        assertNull(open.lastDay());
        assertEquals(open, DateSpan.through(d("2026-03-01"), null));
    }

    @Test
    void overlappingSpans_shareADay_andJoin() {
        DateSpan a = new DateSpan(d("2026-01-01"), d("2026-03-01"));
        DateSpan b = new DateSpan(d("2026-02-28"), d("2026-06-01"));

        assertTrue(a.overlaps(b));
        assertTrue(b.overlaps(a));
        assertEquals(new DateSpan(d("2026-01-01"), d("2026-06-01")), a.joinedWith(b));
        assertEquals(DateSpan.onwardsFrom(d("2026-01-01")), a.joinedWith(DateSpan.onwardsFrom(d("2026-02-01"))));
    }

    @Test
    void touchingSpans_shareNoDay_butMeetAndJoin() {
        DateSpan a = new DateSpan(d("2026-01-01"), d("2026-03-01"));
        DateSpan b = new DateSpan(d("2026-03-01"), d("2026-06-01"));

        assertFalse(a.overlaps(b), "the until day of one is the first of the next");
        assertTrue(a.meets(b));
        assertTrue(b.meets(a));
        assertEquals(new DateSpan(d("2026-01-01"), d("2026-06-01")), b.joinedWith(a));
        DateSpan later = new DateSpan(d("2026-03-02"), d("2026-06-01"));
        assertFalse(a.meets(later), "a day between them");
        assertThrows(IllegalArgumentException.class, () -> a.joinedWith(later));
    }

    @Test
    void inclusiveEnds_overlapOnTheSharedLastDay() {
        assertTrue(DateSpan.through(d("2026-01-01"), d("2026-03-01")).overlaps(DateSpan.through(d("2026-03-01"), null)));
        assertFalse(DateSpan.through(d("2026-01-01"), d("2026-02-28")).overlaps(DateSpan.through(d("2026-03-01"), null)));
    }

    @Test
    void aSpanNeverEndsBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new DateSpan(d("2026-03-02"), d("2026-03-01")));
        assertThrows(NullPointerException.class, () -> new DateSpan(null, d("2026-03-01")));
    }
}
