package uk.org.cascade.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import uk.org.cascade.platform.boundary.Messages;
import uk.org.cascade.security.control.PasswordResets;

/** "Forgot your password?": asks for the email and answers the same whether or not an account uses it. */
@Named
@RequestScoped
public class ForgottenPasswordBacking {

    public static final String ANSWER = "If an account uses that email, we have sent it a link to choose a new "
            + "password. The link works for 30 minutes.";
    private static final Map<String, String> FIELDS = Map.of("email", "reset:email");

    @Inject
    PasswordResets resets;

    private String email;
    private boolean sent;

    public String send() {
        sent = Messages.attempt(() -> resets.request(email), FIELDS,
                Map.of("email", "Enter your email address, like name@school.org.uk"));
        return null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }

    public String getAnswer() {
        return ANSWER;
    }
}
