package uk.org.cascade.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.CascadeAuthentication;
import uk.org.cascade.security.control.SignIn.Paused;
import uk.org.cascade.security.control.SingleSignOn;

/** The sign-in form. Goes back to the page the user asked for, if it was one of ours. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    Today today;

    @Inject
    SingleSignOn singleSignOn;

    private String email;
    private String password;
    private String next;
    private boolean signedOut;

    public void greet() {
        if (signedOut) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, "You have signed out.", null));
        }
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        if (session != null && session.getAttribute(SingleSignOnServlet.REFUSAL) instanceof String refusal) {
            // Said once: a reload of the login page is a fresh start.
            session.removeAttribute(SingleSignOnServlet.REFUSAL);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal, null));
        }
    }

    /** Whether single sign-on is configured: its button shows only then. */
    public boolean isSingleSignOn() {
        return singleSignOn.enabled();
    }

    public String getSingleSignOnLabel() {
        return singleSignOn.label();
    }

    /** Where the button leads, carrying on to the page asked for. */
    public String getSingleSignOnStart() {
        String start = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/sso/start";
        String path = safeNext();
        return "/".equals(path) ? start : start + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    public String signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + safeNext());
                return null;
            }
            case SEND_CONTINUE -> {
                faces.responseComplete();
                return null;
            }
            default -> {
                Object outcome = ((HttpServletRequest) external.getRequest()).getAttribute(CascadeAuthentication.OUTCOME);
                String message = outcome instanceof Paused paused
                        ? "Too many failed sign-ins for this email. Try again in "
                                + Math.max(1, (Duration.between(today.now(), paused.until()).toSeconds() + 59) / 60)
                                + " minutes."
                        : "The email or password is not right.";
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
                return null;
            }
        }
    }

    /** Only a path inside Cascade: never another site (an open redirect). */
    String safeNext() {
        return safePath(next);
    }

    /** {@code path} if it is a page of Cascade's (not the login page), else the home page. */
    static String safePath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.startsWith(CascadeAuthentication.LOGIN_PAGE)) {
            return "/";
        }
        return path;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }
}
