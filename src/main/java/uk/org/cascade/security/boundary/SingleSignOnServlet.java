package uk.org.cascade.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CascadeAuthentication;
import uk.org.cascade.security.control.SingleSignOn;
import uk.org.cascade.security.control.SingleSignOn.Refused;
import uk.org.cascade.security.control.SingleSignOn.Result;
import uk.org.cascade.security.control.SingleSignOn.SignedIn;

/**
 * {@code /sso/start?next=…} sends the person to the single sign-on provider; {@code /sso/callback} is where the
 * provider sends them back. Signed in, they go on to the page they asked for; refused, to the login page, which
 * says why. Without single sign-on configured both are a plain 404.
 */
@WebServlet("/sso/*")
public class SingleSignOnServlet extends HttpServlet {

    /** Session attribute: why the last single sign-on was refused, for the login page to say once. */
    static final String REFUSAL = "cascade.sso.refusal";

    private static final long serialVersionUID = 1L;

    @Inject
    transient SingleSignOn singleSignOn;

    @Inject
    transient Today today;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (!singleSignOn.enabled() || path == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        switch (path) {
            case "/start" -> start(request, response);
            case "/callback" -> callback(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = LoginBacking.safePath(request.getParameter("next"));
        try {
            response.sendRedirect(singleSignOn.start(request.getSession(), next).toString());
        } catch (SingleSignOn.Unavailable e) {
            refuse(request, response, next, SingleSignOn.PROVIDER_FAILED);
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Result result = singleSignOn.finish(request);
        if (result instanceof SignedIn signedIn) {
            CascadeAuthentication.startSession(request, signedIn.caller(), today.now());
            request.getSession().setAttribute(SingleSignOn.ID_TOKEN, signedIn.idToken());
            response.sendRedirect(request.getContextPath() + LoginBacking.safePath(signedIn.next()));
        } else {
            refuse(request, response, "/", ((Refused) result).reason());
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String next, String reason)
            throws IOException {
        // In the session, not the address: the reason may hold the person's email.
        request.getSession().setAttribute(REFUSAL, reason);
        String login = request.getContextPath() + CascadeAuthentication.LOGIN_PAGE;
        response.sendRedirect("/".equals(next) ? login : login + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }
}
