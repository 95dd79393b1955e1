package uk.org.cascade.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.platform.Conflict;
import uk.org.cascade.platform.Emails;
import uk.org.cascade.platform.NotFound;
import uk.org.cascade.platform.Secrets;
import uk.org.cascade.platform.Validation;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.control.Letter;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.LoginThrottle;
import uk.org.cascade.security.entity.PasswordReset.Reason;
import uk.org.cascade.security.entity.PasswordReset;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Password reset by email: asking for a link, choosing a new password with it, and an administrator's forced
 * reset. Whoever asks gets the same answer in the same time whether or not an account uses the email: the
 * request only counts the mail, and the account is looked up afterwards, in the background.
 */
@ApplicationScoped
public class PasswordResets {

    public static final String LINK_GONE = "this link no longer works: it has been used, it has expired (a link "
            + "works for 30 minutes) or it was never sent; ask for a new one";
    static final int TOKEN_MAX = 100;
    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ResetLinks links;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Resource
    ManagedExecutorService executor;

    /**
     * Someone asks for a link for {@code email}. Refuses only an email that is not one (422 {@code email}); beyond
     * that the answer never depends on the account, and past the throttle nothing is sent at all.
     */
    public void request(String email) {
        Validation check = new Validation();
        check.require(email != null && !email.isBlank(), "email", "email is required");
        check.require(email == null || email.isBlank() || Letter.isAddress(email.strip()), "email",
                "email must look like name@example.org");
        check.orThrow();
        String normal = Emails.normalise(email);
        if (!links.allowMail(normal)) {
            return;
        }
        try {
            executor.execute(() -> links.sendIfAccount(normal));
        } catch (RejectedExecutionException e) {
            LOG.warning("password reset link not sent: no thread to send it");
        }
    }

    /** Whether {@code token} is a link that still works: for the page, before asking for the password. */
    public boolean works(String token) {
        return usable(token, LockModeType.NONE).isPresent();
    }

    /**
     * Chooses a new password with a link: 422 {@code token} when the link no longer works, 422 {@code password}
     * for a password the policy refuses. The link and every other outstanding link of the account are used up,
     * sessions signed in before now end, and failed sign-ins for the email are forgotten.
     */
    @Transactional
    public void complete(String token, String password) {
        // Locked, so the same link used twice at once changes the password once.
        PasswordReset reset = usable(token, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ValidationFailure.of("token", LINK_GONE));
        UserAccount account = reset.getAccount();
        PasswordPolicy.enforce(password, account.getPerson().getEmail());
        Instant now = today.now();
        account.resetPassword(passwords.hash(password), now);
        useUpOutstanding(account, now);
        Optional.ofNullable(em.find(LoginThrottle.class, LoginThrottle.hash(account.getPerson().getEmail())))
                .ifPresent(LoginThrottle::recordSuccess);
        audit.record(ResetLinks.AUDIT_TYPE, account.getId(), "PASSWORD_RESET_COMPLETED", null,
                Map.of("link", reset.getReason().name()));
    }

    /**
     * An administrator stops {@code userId}'s password at once (it is replaced by one nobody knows, and their
     * sessions end) and mails them a link to choose a new one. 404 for no such user, 409 for a deactivated one.
     */
    @Transactional
    public UserAccount force(long userId) {
        UserAccount account = Optional.ofNullable(em.find(UserAccount.class, userId))
                .orElseThrow(() -> new NotFound("No user with id " + userId));
        if (!account.isActive()) {
            throw new Conflict(account.getPerson().getName()
                    + " is deactivated and cannot sign in; reactivate them before forcing a password reset");
        }
        Instant now = today.now();
        account.resetPassword(passwords.hash(Secrets.random256()), now);
        // The new link replaces any the holder asked for: only the latest works.
        useUpOutstanding(account, now);
        links.send(account, Reason.FORCED);
        audit.record(ResetLinks.AUDIT_TYPE, account.getId(), "PASSWORD_RESET_FORCED", null, null);
        return account;
    }

    private Optional<PasswordReset> usable(String token, LockModeType lock) {
        if (token == null || token.isBlank() || token.length() > TOKEN_MAX) {
            return Optional.empty();
        }
        Instant now = today.now();
        return em.createQuery("SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", PasswordReset.hash(token.strip()))
                .setLockMode(lock)
                .getResultStream().findFirst()
                .filter(r -> r.isUsableAt(now) && r.getAccount().isActive());
    }

    private void useUpOutstanding(UserAccount account, Instant now) {
        em.createQuery("SELECT r FROM PasswordReset r WHERE r.account = :account AND r.usedAt IS NULL",
                        PasswordReset.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(r -> r.useUp(now));
    }
}
