package uk.org.cascade.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;

/** The signed-in user of this request, for services, resources and pages alike. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    private UserAccount account;

    public Optional<UserAccount> find() {
        if (account == null) {
            Principal caller = security.getCallerPrincipal();
            if (caller == null) {
                return Optional.empty();
            }
            // Signing in has usually just found the caller's account: a snapshot, checked against its version.
            account = request.getAttribute(CascadeAuthentication.CALLER) instanceof Callers.Caller found
                    && found.email().equals(caller.getName())
                    ? found.account() : accounts.byEmail(caller.getName()).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    public UserAccount account() {
        return find().orElseThrow(() -> new NotFound("No signed-in user"));
    }

    public boolean isSignedIn() {
        return find().isPresent();
    }

    public boolean holds(String role) {
        return security.isCallerInRole(Role.valueOf(role).name());
    }

    public String getName() {
        return find().map(u -> u.getPerson().getName()).orElse("");
    }
}
