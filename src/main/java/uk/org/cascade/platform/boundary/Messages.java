package uk.org.cascade.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import uk.org.cascade.platform.Duplicate;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;

/** Shows a refused request on a page: each violation next to its field when the page has one. */
public final class Messages {

    private Messages() {
    }

    /** {@code fields} maps a violation's field name to the client id of its input. */
    public static void show(ValidationFailure failure, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Violation v : failure.violations()) {
            String clientId = v.field() == null ? null : fields.get(v.field());
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null));
        }
        faces.validationFailed();
    }

    /**
     * Runs a change for a page: a refusal (bad input, a conflict, no permission) becomes messages on the
     * page instead of an error page. Returns whether the change went through.
     */
    public static boolean attempt(Runnable change, Map<String, String> fields) {
        try {
            change.run();
            return true;
        } catch (ValidationFailure e) {
            show(e, fields);
        } catch (uk.org.cascade.platform.Conflict e) {
            conflict(e, fields);
        } catch (uk.org.cascade.platform.Forbidden e) {
            error(e.getMessage());
        }
        return false;
    }

    /** A conflict on the page; a taken key (an email, a code) next to the field that holds it. */
    public static void conflict(uk.org.cascade.platform.Conflict e, Map<String, String> fields) {
        if (e instanceof Duplicate d && !d.violations().isEmpty()) {
            show(new ValidationFailure(d.violations()), fields);
        } else {
            error(e.getMessage());
        }
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Answers the page with 404, exactly as for a record that does not exist, so that a record
     * outside the caller's scope does not reveal itself.
     */
    public static void notFound(NotFound e) throws java.io.IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, e.getMessage());
        faces.responseComplete();
    }

    /** A message that survives the redirect after a successful change. */
    public static void done(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }
}
