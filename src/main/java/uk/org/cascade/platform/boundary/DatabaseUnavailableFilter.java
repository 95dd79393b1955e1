package uk.org.cascade.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.org.cascade.platform.control.DatabaseWatch;

/**
 * Pages and anything else outside JAX-RS while the database is away: answered 503 at once (the plain
 * "unavailable for a moment" page, or problem+json under /api/) rather than waiting on timeouts; and a
 * request that failed because the database stopped answering midway gets the same answer, not the 500 page.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = jakarta.servlet.DispatcherType.REQUEST)
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DatabaseWatch database;

    @Inject
    transient SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (database.isAway() && DatabaseUnavailable.needsDatabase(request)) {
            // Whichever filter runs first, the 503 carries the same security headers as every other answer.
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
        }
    }
}
