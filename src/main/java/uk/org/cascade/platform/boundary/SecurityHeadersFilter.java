package uk.org.cascade.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on everything the application answers, including error pages. (Answers the
 * authentication mechanism gives before any filter runs, such as a 401 or the redirect to the login page, get
 * them from {@code CascadeAuthentication}.)
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.INCLUDE,
                DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.apply(request, response);
        chain.doFilter(request, new OwnChoiceReplacesDefault(response));
    }

    /**
     * PrimeFaces adds its page policy and JAX-RS adds a resource's headers with {@code addHeader}; for the headers
     * an answer may choose, that replaces the default, so a browser never gets two policies to intersect.
     */
    static final class OwnChoiceReplacesDefault extends HttpServletResponseWrapper {

        OwnChoiceReplacesDefault(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.chosenByTheAnswer(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, SecurityHeaders.CSP.equalsIgnoreCase(name) && value != null
                    ? SecurityHeaders.keepFrameAncestors(value) : value);
        }
    }
}
