package uk.org.cascade.security.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.PasswordResets;

/**
 * The page a reset link opens: the new password twice, then the login page. A link that no longer works gets a
 * plain page that offers a new one, instead of the form.
 */
@Named
@ViewScoped
public class NewPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("password", "choose:password",
            "confirmation", "choose:confirmation");

    @Inject
    PasswordResets resets;

    private String token;
    private boolean works;
    private String password;
    private String confirmation;

    /** Checks the link once, when the page opens. */
    public void load() {
        works = resets.works(token);
    }

    public String save() {
        boolean done = Messages.attempt(() -> {
            if (!Objects.equals(password, confirmation)) {
                throw ValidationFailure.of("confirmation", "the two passwords are not the same; type the new "
                        + "password again in both boxes");
            }
            resets.complete(token, password);
        }, FIELDS);
        if (done) {
            Messages.done("Your password has been changed. Sign in with your new password.");
            return "/login?faces-redirect=true";
        }
        // Used or expired while the page was open: say so instead of the form.
        works = resets.works(token);
        return null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isWorks() {
        return works;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
