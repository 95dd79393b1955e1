package uk.org.cascade.platform.boundary;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.SystemException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Set;
import java.util.logging.Logger;
import uk.org.cascade.platform.control.DatabaseWatch;

/**
 * How Cascade answers while its database is away: the API with 503 problem+json and
 * {@code Retry-After}, pages with a plain 503 page that needs nothing from the database. Also tells
 * a failure caused by an unreachable or silent database from any other, by its causes.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again: the database watch looks twice a second. */
    public static final int RETRY_AFTER_SECONDS = 5;

    // Not "nothing was changed": a commit whose answer was lost may have been saved.
    static final String DETAIL = "Cascade's database is not answering for the moment. Try again in a few seconds.";

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="UTF-8"><title>Cascade is unavailable for a moment</title></head>
            <body>
            <h1>Cascade is unavailable for a moment</h1>
            <p>Its database is not answering. Please try again in a few seconds.</p>
            </body>
            </html>
            """;

    /** Pool and driver failures that mean "no answer from the database", named so no server jar is needed. */
    private static final Set<String> UNAVAILABLE_TYPES = Set.of(
            "jakarta.resource.ResourceException",
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "com.mysql.cj.exceptions.CJCommunicationsException",
            "com.mysql.cj.jdbc.exceptions.CommunicationsException");

    private static final int MAX_CAUSES = 32;
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());

    private DatabaseUnavailable() {
    }

    /**
     * True if {@code failure} or one of its causes says the database could not be reached or did not answer;
     * or if it is any database failure while the database is away or just after (a connection the outage broke
     * fails with messages such as "Operation not allowed after ResultSet closed", which name no outage).
     */
    public static boolean explains(Throwable failure) {
        return saysUnreachable(failure) || (DatabaseWatch.awayRecently() && fromTheDatabase(failure));
    }

    private static boolean fromTheDatabase(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++) {
            if (t instanceof SQLIntegrityConstraintViolationException || t instanceof OptimisticLockException) {
                return false;
            }
            if (t instanceof SQLException || t instanceof PersistenceException) {
                return true;
            }
            t = causeOf(t);
        }
        return false;
    }

    static boolean saysUnreachable(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // A commit the database did not answer: the transaction manager logs the resource's
            // "Communications link failure" and throws a SystemException that does not carry it.
            if (t instanceof SystemException) {
                return true;
            }
            if (isA(t.getClass(), UNAVAILABLE_TYPES)) {
                return true;
            }
            t = causeOf(t);
        }
        return false;
    }

    /** The API's answer to {@code failure}: 503 problem+json with Retry-After. */
    public static Response problem(Throwable failure) {
        LOG.warning(() -> "Answered 503: the database did not answer (" + typesOf(failure) + ")");
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(Problem.PROBLEM_JSON)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .header("Cache-Control", "no-store")
                .entity(Problem.of(Response.Status.SERVICE_UNAVAILABLE, DETAIL))
                .build();
    }

    /**
     * Answers outside JAX-RS (authentication, filters): problem+json under {@code /api/}, the plain page
     * elsewhere. Does nothing if the response has already been sent in part.
     */
    public static void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        LOG.warning(() -> "Answered 503: the database did not answer (" + typesOf(failure) + ")");
        answer(request, response);
    }

    /** As {@link #answer(HttpServletRequest, HttpServletResponse, Throwable)}, while the database is known to be away. */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        // The body only: the security headers already on the answer stay.
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (isApi(request)) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"" + DETAIL + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write(PAGE);
        }
        response.flushBuffer();
    }

    /** Everything but /health (which reports the outage) and static resources needs the database. */
    public static boolean needsDatabase(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals("/health") && !path.startsWith("/jakarta.faces.resource/");
    }

    /** The failure's types, cause by cause, for a log line: messages may carry personal data. */
    public static String typesOf(Throwable failure) {
        StringBuilder types = new StringBuilder();
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++) {
            types.append(depth == 0 ? "" : " < ").append(t.getClass().getName());
            t = causeOf(t);
        }
        return types.toString();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isA(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (names.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }

    /** EclipseLink keeps the driver's exception as its "internal exception", not always as the cause. */
    private static Throwable causeOf(Throwable t) {
        Throwable cause = t.getCause();
        if (cause == null && t instanceof SQLException sql) {
            cause = sql.getNextException();
        }
        if (cause == null && t.getClass().getName().startsWith("org.eclipse.persistence.")) {
            try {
                Method internal = t.getClass().getMethod("getInternalException");
                cause = (Throwable) internal.invoke(t);
            } catch (ReflectiveOperationException | ClassCastException e) {
                return null;
            }
        }
        return cause == t ? null : cause;
    }
}
