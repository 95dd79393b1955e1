package uk.org.cascade.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import uk.org.cascade.platform.control.CascadeDataSource;
import uk.org.cascade.platform.control.DatabaseWatch;

/**
 * Pages and anything else outside JAX-RS while the database is away: answered 503 at once (the plain
 * "unavailable for a moment" page, or problem+json under /api/) rather than waiting on timeouts; and a
 * request that failed because the database stopped answering midway gets the same answer, not the 500 page.
 *
 * <p>It also admits at most {@link #ADMITTED} requests to the database at once, in order of arrival. In a burst
 * (200 people enrolling into one cohort in the same second, all queued on its row lock) the others wait here, for
 * up to {@link #ADMISSION_WAIT_SECONDS} s, instead of each taking a pooled connection after the pool's own
 * {@value CascadeDataSource#MAX_WAIT_MILLIS} ms wait ran out, which answered 503 to a request the database could
 * have served a moment later.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = jakarta.servlet.DispatcherType.REQUEST)
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The pool's connections, less a few for timers, mail and sign-in checks that run outside this filter. */
    static final int ADMITTED = CascadeDataSource.MAX_POOL_SIZE - 4;
    static final long ADMISSION_WAIT_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());

    private final Semaphore admission = new Semaphore(ADMITTED, true);

    @Inject
    transient DatabaseWatch database;

    @Inject
    transient SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean needsDatabase = DatabaseUnavailable.needsDatabase(request);
        if (needsDatabase && database.isAway()) {
            // Whichever filter runs first, the 503 carries the same security headers as every other answer.
            headers.apply(request, response);
            DatabaseUnavailable.answer(request, response);
            return;
        }
        if (needsDatabase && !admit()) {
            LOG.warning("Answered 503: " + ADMITTED + " requests held the database for " + ADMISSION_WAIT_SECONDS + " s");
            headers.apply(request, response);
            DatabaseUnavailable.answer(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.explains(e)) {
                throw e;
            }
            headers.apply(request, response);
            DatabaseUnavailable.answer(request, response, e);
        } finally {
            if (needsDatabase) {
                admission.release();
            }
        }
    }

    private boolean admit() {
        try {
            return admission.tryAcquire(ADMISSION_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
