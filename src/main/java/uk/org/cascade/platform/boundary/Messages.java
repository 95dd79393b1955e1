package uk.org.cascade.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
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
        show(failure, fields, Map.of());
    }

    /**
     * As {@link #show(ValidationFailure, Map)}; {@code wording} replaces the refusal of a field (by its name) with
     * what the form says, for rules whose own words are written for API clients ("minutes must be between…").
     */
    public static void show(ValidationFailure failure, Map<String, String> fields, Map<String, String> wording) {
        for (Violation v : failure.violations()) {
            String clientId = v.field() == null ? null : fields.get(v.field());
            String text = v.field() != null && wording.containsKey(v.field()) ? wording.get(v.field()) : v.message();
            field(clientId, FormWording.plain(text));
        }
    }

    /**
     * A refusal of one input (by client id; null for the whole form): in the page's error summary and next to the
     * input, which is marked invalid so that it is drawn and announced as such.
     */
    public static void field(String clientId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (clientId != null) {
            faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
                if (component instanceof EditableValueHolder input) {
                    input.setValid(false);
                }
            });
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    /**
     * Runs a change for a page: a refusal (bad input, a conflict, no permission) becomes messages on the
     * page instead of an error page. Returns whether the change went through.
     */
    public static boolean attempt(Runnable change, Map<String, String> fields) {
        return attempt(change, fields, Map.of());
    }

    /** As {@link #attempt(Runnable, Map)}, with the form's own words for some fields' refusals. */
    public static boolean attempt(Runnable change, Map<String, String> fields, Map<String, String> wording) {
        try {
            change.run();
            return true;
        } catch (ValidationFailure e) {
            show(e, fields, wording);
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
        field(null, FormWording.plain(message));
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
