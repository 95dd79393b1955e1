package uk.org.cascade.refresher.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.org.cascade.platform.control.QuietTimers;
import uk.org.cascade.platform.control.Today;

/**
 * Runs the refresher scheduler every morning, at {@code CASCADE_REFRESHER_AT} (England; default 06:15). Every
 * instance of a cluster fires; the run's claim on its day makes only one of them do the work, and each says in its
 * log which it was. A failed run claims nothing (it rolls back), so an on-demand run can redo the day.
 */
@Singleton
@Startup
@Interceptors(QuietTimers.class)
public class RefresherTimer {

    private static final Logger LOG = Logger.getLogger(RefresherTimer.class.getName());
    static final LocalTime DEFAULT_TIME = LocalTime.of(6, 15);

    @Inject
    RefresherScheduler scheduler;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "cascade.refresher.at", defaultValue = "06:15")
    String at;

    @PostConstruct
    void schedule() {
        String[] hourAndMinute = when(at);
        timers.createCalendarTimer(new ScheduleExpression().hour(hourAndMinute[0]).minute(hourAndMinute[1])
                .timezone(Today.ZONE_NAME), new TimerConfig(null, false));
    }

    /**
     * The hour and minute of {@code HH:mm}, either of which may be {@code *} (every hour, every minute: the cluster
     * drill fires both instances' timers every minute to show that a day still gets one run). Anything else is
     * logged and the default kept, rather than no run at all.
     */
    static String[] when(String value) {
        String[] parts = value == null ? new String[0] : value.trim().split(":");
        if (parts.length == 2 && (parts[0].equals("*") || parts[1].equals("*"))) {
            boolean hourOk = parts[0].equals("*") || parts[0].matches("\\d{1,2}") && Integer.parseInt(parts[0]) < 24;
            boolean minuteOk = parts[1].equals("*") || parts[1].matches("\\d{1,2}") && Integer.parseInt(parts[1]) < 60;
            if (hourOk && minuteOk) {
                return parts;
            }
        } else {
            try {
                LocalTime time = LocalTime.parse(value.trim());
                return new String[] {Integer.toString(time.getHour()), Integer.toString(time.getMinute())};
            } catch (DateTimeParseException | NullPointerException e) {
                // refused below
            }
        }
        LOG.warning(() -> "CASCADE_REFRESHER_AT is not a time of day (HH:mm); the refresher runs at " + DEFAULT_TIME);
        return new String[] {Integer.toString(DEFAULT_TIME.getHour()), Integer.toString(DEFAULT_TIME.getMinute())};
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        try {
            RefresherScheduler.Result result = scheduler.run(scheduler.today());
            LOG.info(() -> "Refresher run for " + result.date() + (result.alreadyRun()
                    ? ": already done by another instance" : ": done by this instance"));
        } catch (RuntimeException e) {
            // The exception could carry personal data from a constraint message: its type is enough here.
            LOG.log(Level.WARNING, () -> "Refresher run failed: " + e.getClass().getName());
        }
    }
}
