package uk.org.cascade.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void aDayReadsAsPeopleWriteIt() {
        assertEquals("6 December 2026", Dates.day(LocalDate.of(2026, 12, 6)));
        assertEquals("", Dates.day((LocalDate) null));
    }

    @Test
    void aMomentIsEnglandsDayAndClockToTheMinute() {
        assertEquals("6 December 2026, 14:05", Dates.dayAndTime(Instant.parse("2026-12-06T14:05:59.123456Z")),
                "GMT in winter, no seconds or microseconds");
        assertEquals("1 July 2026, 00:30", Dates.dayAndTime(Instant.parse("2026-06-30T23:30:00Z")),
                "British Summer Time: already the next day");
        assertEquals("6 December 2026, 09:00", Dates.dayAndTime(LocalDateTime.of(2026, 12, 6, 9, 0)));
        assertEquals("", Dates.dayAndTime((Instant) null));
    }

    @Test
    void aMonthIsSpelledOut() {
        assertEquals("December 2026", Dates.month(YearMonth.of(2026, 12)));
    }
}
