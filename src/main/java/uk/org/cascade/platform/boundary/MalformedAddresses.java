package uk.org.cascade.platform.boundary;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An address whose parameter cannot be what the page takes ({@code /cohort/cohort.xhtml?id=abc}) names nothing:
 * it answers the 404 page, like an id that does not exist, instead of the page with a converter's message.
 * One rule for every page with a view parameter. A parameter left out altogether is the page's own business.
 */
public class MalformedAddresses implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        if (faces.isPostback() || view == null || faces.getResponseComplete()) {
            return;
        }
        boolean malformed = ViewMetadata.getViewParameters(view).stream().anyMatch(MalformedAddresses::unconvertible);
        if (malformed) {
            try {
                faces.getExternalContext().responseSendError(404, "There is nothing at this address");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing to do before validation
    }

    /** Given a value, but not one it could convert or accept; a missing one is not this rule's concern. */
    private static boolean unconvertible(UIViewParameter parameter) {
        return !parameter.isValid() && parameter.getSubmittedValue() instanceof String raw && !raw.isBlank();
    }
}
