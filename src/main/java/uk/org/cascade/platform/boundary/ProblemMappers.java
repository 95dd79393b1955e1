package uk.org.cascade.platform.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Duplicate;
import uk.org.cascade.platform.Forbidden;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.UniqueKeys;
import uk.org.cascade.platform.ValidationFailure;

/** Turns every failure into application/problem+json; nothing else ever reaches an API client. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class ValidationFailures implements ExceptionMapper<ValidationFailure> {
        @Override
        public Response toResponse(ValidationFailure e) {
            return Problem.validation(e.violations()).toResponse();
        }
    }

    @Provider
    public static class Conflicts implements ExceptionMapper<Conflict> {
        @Override
        public Response toResponse(Conflict e) {
            if (e instanceof Duplicate d) {
                return Problem.duplicate(d).toResponse();
            }
            return Problem.of(Status.CONFLICT, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Forbiddens implements ExceptionMapper<Forbidden> {
        @Override
        public Response toResponse(Forbidden e) {
            return Problem.of(Status.FORBIDDEN, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class NotFounds implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return Problem.of(Status.NOT_FOUND, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class StaleVersions implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return staleVersion();
        }
    }

    @Provider
    public static class UnreadableBodies implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadableBody();
        }
    }

    /** Jersey reports a body it could not read as a processing failure; the caller sent bad JSON. */
    @Provider
    public static class UnreadableEntities implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadableBody();
        }
    }

    @Provider
    public static class UnparsableJson implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return unreadableBody();
        }
    }

    /** A commit that failed: a stale version or a unique key someone else took first. */
    @Provider
    public static class FailedCommits implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            Optional<Duplicate> duplicate = UniqueKeys.violated(e);
            if (duplicate.isPresent()) {
                return Problem.duplicate(duplicate.get()).toResponse();
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    return staleVersion();
                }
                if (t instanceof SQLIntegrityConstraintViolationException) {
                    return Problem.of(Status.CONFLICT, "The change clashes with a record saved meanwhile").toResponse();
                }
                if (t instanceof ValidationFailure v) {
                    return Problem.validation(v.violations()).toResponse();
                }
            }
            return LastResort.unexpected(e);
        }
    }

    /** Statuses that JAX-RS itself raises: 404 for unknown paths, 405, 415, 403 from @RolesAllowed. */
    @Provider
    public static class HttpStatuses implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (status.getStatusCode() >= 500) {
                return LastResort.unexpected(e);
            }
            Response.ResponseBuilder answer = Response.fromResponse(e.getResponse())
                    .type(Problem.PROBLEM_JSON)
                    .entity(Problem.of(status, detailFor(status.getStatusCode())));
            return answer.build();
        }

        private static String detailFor(int status) {
            return switch (status) {
                case 401 -> "Sign in with HTTP Basic (email and password)";
                case 403 -> "Your role does not allow this";
                case 404 -> "There is nothing at this address";
                case 405 -> "This address does not accept that method";
                case 406 -> "This address answers application/json";
                case 415 -> "Send the body as application/json";
                default -> "The request could not be processed";
            };
        }
    }

    /**
     * Anything unforeseen: 500 with an id that is also logged, never a stack trace in the answer.
     * The log names the exception types and frames only, because messages may carry personal data.
     */
    @Provider
    public static class LastResort implements ExceptionMapper<Throwable> {

        private static final Logger LOG = Logger.getLogger(LastResort.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            // A unique key taken by a concurrent request, wrapped in whatever the persistence layer threw.
            Optional<Duplicate> duplicate = UniqueKeys.violated(e);
            if (duplicate.isPresent()) {
                return Problem.duplicate(duplicate.get()).toResponse();
            }
            return unexpected(e);
        }

        static Response unexpected(Throwable e) {
            if (DatabaseUnavailable.explains(e)) {
                return DatabaseUnavailable.problem(e);
            }
            String id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, () -> "Unexpected error " + id + ": " + describeWithoutMessages(e));
            return new Problem("about:blank", "Internal Server Error", 500,
                    "Something went wrong on our side. Quote error id " + id + " when you report it.", null, id)
                    .toResponse();
        }

        static String describeWithoutMessages(Throwable e) {
            StringBuilder text = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                text.append(t == e ? "" : " caused by ").append(t.getClass().getName());
                StackTraceElement[] frames = t.getStackTrace();
                for (int i = 0; i < Math.min(frames.length, 8); i++) {
                    text.append("\n\tat ").append(frames[i]);
                }
            }
            return text.toString();
        }
    }

    private static Response unreadableBody() {
        return Problem.of(Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape").toResponse();
    }

    private static Response staleVersion() {
        return Problem.of(Status.CONFLICT,
                "Someone else changed this record since you loaded it; reload it and apply your change again")
                .toResponse();
    }
}
