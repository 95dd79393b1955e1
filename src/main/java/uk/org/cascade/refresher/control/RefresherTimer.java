package uk.org.cascade.refresher.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.interceptor.Interceptors;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.org.cascade.platform.control.QuietTimers;
import uk.org.cascade.platform.control.Today;

/**
 * Runs the refresher scheduler every morning. Every instance of a cluster fires; the run's claim on its day makes
 * only one of them do the work. A failed run claims nothing (it rolls back), so an on-demand run can redo the day.
 */
@Singleton
@Interceptors(QuietTimers.class)
public class RefresherTimer {

    private static final Logger LOG = Logger.getLogger(RefresherTimer.class.getName());

    @Inject
    RefresherScheduler scheduler;

    @Schedule(hour = "6", minute = "15", timezone = Today.ZONE_NAME, persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        try {
            scheduler.run(scheduler.today());
        } catch (RuntimeException e) {
            // The exception could carry personal data from a constraint message: its type is enough here.
            LOG.log(Level.WARNING, () -> "Refresher run failed: " + e.getClass().getName());
        }
    }
}
