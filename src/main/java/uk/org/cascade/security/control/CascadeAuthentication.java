package uk.org.cascade.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.cascade.platform.boundary.DatabaseUnavailable;
import uk.org.cascade.platform.boundary.SameOrigin;
import uk.org.cascade.platform.control.DatabaseWatch;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.Callers.Caller;
import uk.org.cascade.security.control.SignIn.Accepted;
import uk.org.cascade.security.control.SignIn.Outcome;
import uk.org.cascade.platform.boundary.SecurityHeaders;
import uk.org.cascade.security.control.SignIn.Paused;

/**
 * One mechanism for both faces of Cascade, against the same user store: HTTP Basic for
 * {@code /api/*} (no session is created), and a form for the UI (the login page calls
 * {@code SecurityContext.authenticate}, the caller is then remembered in the session).
 * A signed-in UI session may also call the API, but only same-origin for anything that writes.
 */
@ApplicationScoped
public class CascadeAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute holding the signed-in email. */
    public static final String SESSION_CALLER = "cascade.caller";
    /** Request attribute holding the {@link Callers.Caller} found, so that {@link CurrentUser} need not look again. */
    public static final String CALLER = "cascade.caller.account";
    /** Session attribute holding when the caller signed in: a password reset ends sessions from before it. */
    public static final String SESSION_SIGNED_IN_AT = "cascade.signedInAt";
    /** Request attribute telling the login page why a form sign-in failed. */
    public static final String OUTCOME = "cascade.signin.outcome";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    SignIn signIn;

    @Inject
    Callers callers;

    @Inject
    BasicCredentials basicCredentials;

    @Inject
    Today today;

    @Inject
    SecurityHeaders securityHeaders;

    @Inject
    DatabaseWatch database;

    @Inject
    ApiTokens apiTokens;

    /** Signing in reads the database: while it is away, or if it stops answering meanwhile, 503 instead. */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // Runs before any filter: what it answers itself (401, 403, 429, 503, the way to the login page) needs them too.
        securityHeaders.apply(request, response);
        try {
            if (database.isAway() && DatabaseUnavailable.needsDatabase(request)) {
                DatabaseUnavailable.answer(request, response);
                return AuthenticationStatus.SEND_FAILURE;
            }
            try {
                return authenticate(request, response, context);
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.explains(e)) {
                    throw e;
                }
                DatabaseUnavailable.answer(request, response, e);
                return AuthenticationStatus.SEND_FAILURE;
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not answer the request", e);
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential()
                instanceof UsernamePasswordCredential form) {
            return formSignIn(request, context, form);
        }
        String authorization = request.getHeader("Authorization");
        if (api && authorization != null && ApiTokens.isBearer(authorization)) {
            return bearerSignIn(authorization, request, response, context);
        }
        if (api && authorization != null) {
            return basicSignIn(authorization, request, response, context);
        }
        Optional<Caller> sessionCaller = sessionCaller(request);
        if (sessionCaller.isPresent()) {
            if (api && !isSafe(request) && !SameOrigin.byOrigin(request)) {
                return problem(response, context, 403, "Forbidden",
                        "A signed-in browser session may change data through the API only from Cascade's own pages");
            }
            return notify(request, context, sessionCaller.get());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            // Both ways in, one challenge each (RFC 9110 allows several WWW-Authenticate fields).
            response.setHeader("WWW-Authenticate", "Basic realm=\"Cascade\", charset=\"UTF-8\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Cascade\"");
            return problem(response, context, 401, "Unauthorized",
                    "Sign in with an API token (Authorization: Bearer) or HTTP Basic (email and password)");
        }
        return toLoginPage(request, response, context);
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context,
                                            UsernamePasswordCredential form) {
        Outcome outcome = signIn.attempt(form.getCaller(), form.getPasswordAsString());
        request.setAttribute(OUTCOME, outcome);
        if (outcome instanceof Accepted accepted) {
            startSession(request, accepted, today.now());
            return notify(context, accepted);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The UI's signed-in session, however the caller signed in (the form, single sign-on): a new id, the caller, and
     * when they signed in ({@code now}), since a password reset ends the sessions signed in before it.
     */
    public static void startSession(HttpServletRequest request, Accepted caller, Instant now) {
        request.getSession();
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_CALLER, caller.email());
        request.getSession().setAttribute(SESSION_SIGNED_IN_AT, now);
    }

    private AuthenticationStatus basicSignIn(String authorization, HttpServletRequest request,
                                             HttpServletResponse response, HttpMessageContext context) {
        Optional<String[]> credentials = decodeBasic(authorization);
        if (credentials.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Cascade\", charset=\"UTF-8\"");
            return problem(response, context, 401, "Unauthorized", "The Authorization header is not valid HTTP Basic");
        }
        String email = credentials.get()[0];
        String password = credentials.get()[1];
        Optional<Caller> remembered = basicCredentials.recall(email, password);
        if (remembered.isPresent()) {
            return notify(request, context, remembered.get());
        }
        Outcome outcome = signIn.attempt(email, password);
        // Deactivated between the check and this read: refused like any inactive account.
        Optional<Caller> caller = outcome instanceof Accepted accepted ? callers.byEmail(accepted.email()) : Optional.empty();
        if (caller.isPresent()) {
            basicCredentials.remember(email, password, caller.get());
            return notify(request, context, caller.get());
        }
        if (outcome instanceof Paused paused) {
            long seconds = Math.max(1, Duration.between(today.now(), paused.until()).toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            return problem(response, context, 429, "Too Many Requests",
                    "Too many failed sign-ins for this email; try again in " + ((seconds + 59) / 60) + " minutes");
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Cascade\", charset=\"UTF-8\"");
        return problem(response, context, 401, "Unauthorized", "The email or password is not right");
    }

    /** An API token acts as its owner with their roles of the moment; anything else about it is 401. */
    private AuthenticationStatus bearerSignIn(String authorization, HttpServletRequest request,
                                              HttpServletResponse response, HttpMessageContext context) {
        Optional<Caller> owner = apiTokens.authenticate(authorization);
        if (owner.isPresent()) {
            return notify(request, context, owner.get());
        }
        response.setHeader("WWW-Authenticate", ApiTokens.CHALLENGE);
        return problem(response, context, 401, "Unauthorized",
                "The API token is unknown, expired or revoked, or its owner can no longer sign in");
    }

    private Optional<Caller> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_CALLER) instanceof String email)) {
            return Optional.empty();
        }
        Instant signedInAt = session.getAttribute(SESSION_SIGNED_IN_AT) instanceof Instant at ? at
                : Instant.ofEpochMilli(session.getCreationTime());
        // A reset bumps the account's version, so the remembered caller is the account as it stands now.
        Optional<Caller> caller = callers.byEmail(email).filter(c -> c.account().keepsSessionFrom(signedInAt));
        if (caller.isEmpty()) {
            // Deactivated, or the password reset, since signing in: the session ends now.
            session.invalidate();
        }
        return caller;
    }

    private static AuthenticationStatus notify(HttpMessageContext context, Accepted caller) {
        Set<String> groups = caller.roles().stream().map(Enum::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(caller.email(), groups);
    }

    private static AuthenticationStatus notify(HttpServletRequest request, HttpMessageContext context, Caller caller) {
        request.setAttribute(CALLER, caller);
        return notify(context, caller.accepted());
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        String login = request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // An Ajax request after the session ended: Faces follows a partial-response redirect.
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"/></partial-response>");
                response.flushBuffer();
            } else {
                response.sendRedirect(login);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not send the caller to the login page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus problem(HttpServletResponse response, HttpMessageContext context,
                                                int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("Could not answer the request", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static Optional<String[]> decodeBasic(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isSafe(HttpServletRequest request) {
        return Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
    }

}
