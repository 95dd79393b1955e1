package uk.org.cascade.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import uk.org.cascade.platform.Emails;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.LoginThrottle;
import uk.org.cascade.security.entity.Role;
import uk.org.cascade.security.entity.UserAccount;

/** Checks an email and password against the user store, with throttling. Shared by form and Basic sign-in. */
@ApplicationScoped
public class SignIn {

    /** What a sign-in attempt came to. */
    public sealed interface Outcome permits Accepted, Refused, Paused {
    }

    public record Accepted(String email, Set<Role> roles) implements Outcome {
    }

    /** Wrong email or password, or an inactive account: the caller is not told which. */
    public record Refused() implements Outcome {
    }

    /** Too many failures for this email: refused without checking, until {@code until}. */
    public record Paused(Instant until) implements Outcome {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Today today;

    /**
     * Only an email with failures on record is checked under its throttle row's lock, so that a burst of guesses
     * is counted one by one. A clean record takes no lock: the same user's parallel requests (a script, a page's
     * Ajax calls) would otherwise queue behind each other's password hashing, each holding a connection.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Outcome attempt(String email, String password) {
        if (email == null || email.isBlank() || password == null) {
            return new Refused();
        }
        Instant now = today.now();
        String key = LoginThrottle.hash(email);
        LoginThrottle throttle = em.find(LoginThrottle.class, key);
        if (throttle != null && throttle.getFailures() > 0) {
            em.refresh(throttle, LockModeType.PESSIMISTIC_WRITE);
        }
        if (throttle != null) {
            Optional<Instant> pause = throttle.pausedAt(now);
            if (pause.isPresent()) {
                return new Paused(pause.get());
            }
        }
        Optional<UserAccount> account = activeAccount(email);
        boolean matches;
        if (account.isPresent()) {
            matches = passwords.matches(password, account.get().getPasswordHash());
        } else {
            passwords.spendTimeOnUnknownAccount(password);
            matches = false;
        }
        if (matches) {
            if (throttle != null && throttle.getFailures() > 0) {
                throttle.recordSuccess();
            }
            return new Accepted(account.get().getPerson().getEmail(), account.get().getRoles());
        }
        if (throttle == null) {
            throttle = new LoginThrottle(email);
            em.persist(throttle);
        } else {
            // Failures since the plain read above count too.
            em.refresh(throttle, LockModeType.PESSIMISTIC_WRITE);
        }
        throttle.recordFailure(now);
        return new Refused();
    }

    /** Whether sign-in for this email is paused after too many failures. */
    public boolean isPaused(String email, Instant now) {
        LoginThrottle throttle = em.find(LoginThrottle.class, LoginThrottle.hash(email));
        return throttle != null && throttle.pausedAt(now).isPresent();
    }

    private Optional<UserAccount> activeAccount(String email) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.person.email = :email AND u.active = TRUE",
                        UserAccount.class)
                .setParameter("email", Emails.normalise(email))
                .getResultStream()
                .findFirst();
    }
}
