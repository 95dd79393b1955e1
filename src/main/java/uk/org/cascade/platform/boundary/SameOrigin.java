package uk.org.cascade.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/** Whether a state-changing request comes from one of Cascade's own pages, by the browser's own headers. */
public final class SameOrigin {

    private SameOrigin() {
    }

    /** The request's {@code Origin} is this server (scheme's default port when none is given). */
    public static boolean byOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI o = URI.create(origin);
            int port = o.getPort() == -1 ? ("https".equals(o.getScheme()) ? 443 : 80) : o.getPort();
            return o.getHost() != null && o.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The browser says the request came from this site's own page ({@code Sec-Fetch-Site: same-origin}), or its
     * {@code Origin} is this server. For a page whose {@code no-referrer} rule makes browsers send {@code Origin: null}.
     */
    public static boolean byFetchSiteOrOrigin(HttpServletRequest request) {
        return "same-origin".equals(request.getHeader("Sec-Fetch-Site")) || byOrigin(request);
    }
}
