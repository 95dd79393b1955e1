package uk.org.cascade.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

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
        HttpServletRequest page = request.getDispatcherType() == DispatcherType.ERROR ? new ErrorPage(request) : request;
        chain.doFilter(page, new OwnChoiceReplacesDefault(response, () -> headers.apply(request, response),
                headers::pagePolicy));
    }

    /**
     * The error page shown for a refused form is a new page, not that form sent again: without the form's view
     * state Faces renders it afresh, and PrimeFaces gives it a new nonce instead of failing it for the nonce a
     * forged form never had.
     */
    static final class ErrorPage extends HttpServletRequestWrapper {

        private static final String VIEW_STATE = "jakarta.faces.ViewState";

        ErrorPage(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.remove(VIEW_STATE);
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }

    /**
     * PrimeFaces adds its page policy and JAX-RS adds a resource's headers with {@code addHeader}; for the headers
     * an answer may choose, that replaces the default, so a browser never gets two policies to intersect. A reset
     * (an error page rendered instead) keeps the defaults.
     */
    static final class OwnChoiceReplacesDefault extends HttpServletResponseWrapper {

        private final Runnable defaults;
        private final UnaryOperator<String> policy;

        OwnChoiceReplacesDefault(HttpServletResponse response, Runnable defaults) {
            this(response, defaults, SecurityHeaders::keepFrameAncestors);
        }

        OwnChoiceReplacesDefault(HttpServletResponse response, Runnable defaults, UnaryOperator<String> policy) {
            super(response);
            this.defaults = defaults;
            this.policy = policy;
        }

        /** Faces resets the response to render an error page instead; the defaults come back with it. */
        @Override
        public void reset() {
            super.reset();
            defaults.run();
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
                    ? policy.apply(value) : value);
        }
    }
}
