package uk.org.cascade.cohort.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Training sessions as an iCalendar (RFC 5545) document, for an invite attached to a letter or a
 * feed that calendar apps subscribe to. Times are written in UTC, so no time zone definitions are
 * needed and every client shows the session at the right local time.
 */
public final class SessionCalendar {

    /** The media type of what {@link #write} returns. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private static final String PRODUCT = "-//Cascade//Sessions//EN";

    /**
     * One session. {@code uid} must stay the same for the same session across writes, so that a
     * calendar app updates the event instead of adding a second one. {@code location},
     * {@code description} and {@code url} may be null.
     */
    public record CalendarEntry(String uid, Instant start, Instant end, String summary, String location,
                                String description, String url) {

        public CalendarEntry {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(summary, "summary");
            if (uid.isBlank()) {
                throw new IllegalArgumentException("uid must not be blank");
            }
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("end must not be before start");
            }
        }
    }

    private SessionCalendar() {
    }

    /** The entries as one calendar called {@code calendarName}, stamped (DTSTAMP) at {@code now}. */
    public static String write(String calendarName, List<CalendarEntry> entries, Instant now) {
        Objects.requireNonNull(calendarName, "calendarName");
        // iCalendar times have whole seconds; DTSTAMP is the same for every event of one document.
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", calendarName))
                .getFluentTarget();
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, stamp));
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalArgumentException("Not a valid calendar: " + e.getMessage(), e);
        }
        return text.toString();
    }

    private static VEvent event(CalendarEntry entry, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(entry.uid()));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(entry.start().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtEnd<>(entry.end().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Summary(entry.summary()));
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        if (entry.description() != null) {
            event.add(new Description(entry.description()));
        }
        if (entry.url() != null) {
            event.add(new Url(URI.create(entry.url())));
        }
        return event;
    }
}
