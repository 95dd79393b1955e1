package uk.org.cascade.cohort.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import uk.org.cascade.cohort.control.SessionCalendar.CalendarEntry;

class SessionCalendarTest {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    private static final CalendarEntry FIRST = new CalendarEntry("session-1@cascade", Instant.parse("2025-03-10T09:30:00Z"),
            Instant.parse("2025-03-10T12:00:00Z"), "Module 1: Understanding anxiety", "Norwich Library, Room 2",
            "Bring a notebook.", "https://cascade.example/sessions/1");
    private static final CalendarEntry SECOND = new CalendarEntry("session-2@cascade", Instant.parse("2025-03-17T13:00:00Z"),
            Instant.parse("2025-03-17T15:30:00Z"), "Module 2: Low mood", null, null, null);

    @Test
    void write_givesACalendarThatParsesBackToTheSameEvents() throws Exception {
        Calendar calendar = parse(SessionCalendar.write("Cohort A sessions", List.of(FIRST, SECOND), NOW));

        assertEquals("-//Cascade//Sessions//EN", value(calendar, Property.PRODID));
        assertEquals("2.0", value(calendar, Property.VERSION));
        assertEquals("GREGORIAN", value(calendar, Property.CALSCALE));
        assertEquals("PUBLISH", value(calendar, Property.METHOD));
        assertEquals("Cohort A sessions", value(calendar, "X-WR-CALNAME"));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        VEvent first = events.get(0);
        assertEquals("session-1@cascade", value(first, Property.UID));
        assertEquals(FIRST.start(), instant(first, Property.DTSTART));
        assertEquals(FIRST.end(), instant(first, Property.DTEND));
        assertEquals(Instant.parse("2025-03-01T08:00:00Z"), instant(first, Property.DTSTAMP));
        assertEquals("Module 1: Understanding anxiety", value(first, Property.SUMMARY));
        assertEquals("Norwich Library, Room 2", value(first, Property.LOCATION));
        assertEquals("Bring a notebook.", value(first, Property.DESCRIPTION));
        assertEquals("https://cascade.example/sessions/1", value(first, Property.URL));

        VEvent second = events.get(1);
        assertEquals("session-2@cascade", value(second, Property.UID));
        assertEquals(SECOND.start(), instant(second, Property.DTSTART));
        assertEquals(SECOND.end(), instant(second, Property.DTEND));
        assertTrue(second.getProperty(Property.LOCATION).isEmpty());
        assertTrue(second.getProperty(Property.URL).isEmpty());
    }

    @Test
    void write_givesTimesInUtcAndCrlfLines() {
        String text = SessionCalendar.write("Sessions", List.of(FIRST), NOW);

        assertTrue(text.contains("DTSTART:20250310T093000Z\r\n"), text);
        assertTrue(text.contains("DTEND:20250310T120000Z\r\n"), text);
        assertTrue(text.contains("DTSTAMP:20250301T080000Z\r\n"), text);
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), text);
    }

    @Test
    void write_escapesCommasSemicolonsBackslashesAndNewlines_soTheyRoundTrip() throws Exception {
        String summary = "Session 3; part 1, \"recap\"";
        String location = "Room 4, Town Hall; Market St\\side door";
        String description = "Line one,\nline two; with semicolon\n\nThird paragraph: é ü – 😀";
        CalendarEntry tricky = new CalendarEntry("session-3@cascade", FIRST.start(), FIRST.end(), summary, location,
                description, null);

        String text = SessionCalendar.write("Tricky, names; here", List.of(tricky), NOW);
        Calendar calendar = parse(text);

        assertTrue(text.contains("SUMMARY:Session 3\\; part 1\\, \"recap\""), text);
        assertFalse(text.contains("Line one,\nline two"), "a raw newline would end the property");
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertEquals(summary, value(event, Property.SUMMARY));
        assertEquals(location, value(event, Property.LOCATION));
        assertEquals(description, value(event, Property.DESCRIPTION));
        assertEquals("Tricky, names; here", value(calendar, "X-WR-CALNAME"));
    }

    @Test
    void write_withNoEntries_isAnEmptyCalendar() throws Exception {
        Calendar calendar = parse(SessionCalendar.write("Nothing yet", List.of(), NOW));

        assertTrue(calendar.getComponents("VEVENT").isEmpty());
        assertEquals("Nothing yet", value(calendar, "X-WR-CALNAME"));
    }

    @Test
    void calendarEntry_rejectsAnEndBeforeItsStart() {
        assertThrows(IllegalArgumentException.class, () -> new CalendarEntry("x", FIRST.end(), FIRST.start(),
                "Backwards", null, null, null));
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static Instant instant(VEvent event, String name) {
        DateProperty<?> date = event.<DateProperty<?>>getProperty(name).orElseThrow(() -> new AssertionError("no " + name));
        return Instant.from(date.getDate());
    }
}
