package uk.org.cascade.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What day and instant it is for Cascade. Days are England's days (Europe/London), whatever the server's
 * zone, so that "held on day D", session dates and reminders agree for a coordinator in the evening in
 * summer time. The one place that reads the system clock.
 */
@ApplicationScoped
public class Today {

    /** For annotations such as {@code @Schedule(timezone = ...)}, which need a constant. */
    public static final String ZONE_NAME = "Europe/London";

    /** The zone every day in Cascade is reckoned in. */
    public static final ZoneId ENGLAND = ZoneId.of(ZONE_NAME);

    private final Clock clock;

    public Today() {
        this(Clock.systemUTC());
    }

    /** A fixed or offset clock, for tests of rules about time. */
    public Today(Clock clock) {
        this.clock = clock;
    }

    /** Today in England. */
    public LocalDate date() {
        return LocalDate.now(clock.withZone(ENGLAND));
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }

    /** The day in England on which {@code instant} falls. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ENGLAND).toLocalDate();
    }

    /** The first instant of {@code day} in England. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ENGLAND).toInstant();
    }
}
