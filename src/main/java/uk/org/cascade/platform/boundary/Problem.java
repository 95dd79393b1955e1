package uk.org.cascade.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.org.cascade.platform.Duplicate;
import uk.org.cascade.platform.Violation;

/** An RFC 9457 problem detail, the body of every error the API answers. */
public record Problem(String type, String title, int status, String detail, List<Violation> errors, String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public static Problem validation(List<Violation> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message() : errors.size() + " problems in the request";
        return new Problem("/problems/validation", "The request breaks a rule", 422, detail, errors, null);
    }

    /** 409 for a key someone else holds, naming the field when the caller chose the key. */
    public static Problem duplicate(Duplicate d) {
        List<Violation> errors = d.violations();
        return new Problem("/problems/duplicate", "The record exists already", 409, d.getMessage(),
                errors.isEmpty() ? null : errors, null);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
