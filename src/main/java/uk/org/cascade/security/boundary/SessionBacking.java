package uk.org.cascade.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import uk.org.cascade.security.control.SingleSignOn;

/**
 * Signing out: a POST from the header's form, so another site cannot sign a user out. After single sign-on the
 * provider's own sign-out page follows, if it has one, and sends the person back to the login page.
 */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    SingleSignOn singleSignOn;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpSession session = (HttpSession) external.getSession(false);
        Optional<URI> provider = singleSignOn.signOutAt(session == null ? null : session.getAttribute(SingleSignOn.ID_TOKEN));
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(provider.map(URI::toString)
                .orElse(external.getRequestContextPath() + "/login.xhtml?signedOut=true"));
    }
}
