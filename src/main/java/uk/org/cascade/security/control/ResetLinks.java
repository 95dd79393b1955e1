package uk.org.cascade.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import uk.org.cascade.audit.control.AuditTrail;
import uk.org.cascade.platform.Dates;
import uk.org.cascade.platform.Secrets;
import uk.org.cascade.platform.control.Letter;
import uk.org.cascade.platform.control.Mail;
import uk.org.cascade.platform.control.PublicAddress;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.entity.LoginThrottle;
import uk.org.cascade.security.entity.PasswordReset.Reason;
import uk.org.cascade.security.entity.PasswordReset;
import uk.org.cascade.security.entity.PasswordResetThrottle;
import uk.org.cascade.security.entity.UserAccount;

/**
 * Sends password reset links: makes the token, keeps only its hash, and mails the link after the transaction
 * commits. Also counts the mails asked for per email, whoever asks.
 */
@ApplicationScoped
public class ResetLinks {

    static final String AUDIT_TYPE = "UserAccount";
    /** 256 random bits: no one guesses a link in 30 minutes, or ever. */

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Mail mail;

    @Inject
    PublicAddress address;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    /**
     * Whether one more reset mail may go to {@code email}, counting it if so. The throttle row is created once per
     * email (a concurrent first request finds it made) and then counted under its lock, so two instances cannot
     * both send the fourth mail.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean allowMail(String email) {
        String key = LoginThrottle.hash(email);
        em.createNativeQuery("INSERT INTO password_reset_throttle (email_hash, mails) VALUES (?, 0) "
                + "ON DUPLICATE KEY UPDATE email_hash = email_hash").setParameter(1, key).executeUpdate();
        PasswordResetThrottle throttle = em.find(PasswordResetThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        return throttle.allowMail(today.now());
    }

    /** A link for the active account that uses {@code email}, if there is one; otherwise nothing at all. */
    @Transactional
    public void sendIfAccount(String email) {
        accounts.byEmail(email).filter(UserAccount::isActive).ifPresent(account -> {
            send(account, Reason.REQUESTED);
            // Never the token: the audit trail is readable by administrators.
            audit.record(AUDIT_TYPE, account.getId(), "PASSWORD_RESET_REQUESTED", null, null);
        });
    }

    /** Stores a new link for {@code account} and mails it once the transaction commits. */
    @Transactional(TxType.MANDATORY)
    public PasswordReset send(UserAccount account, Reason reason) {
        String token = Secrets.random256();
        PasswordReset reset = new PasswordReset(account, token, reason, today.now());
        em.persist(reset);
        mail.send(letter(account, token, reset));
        return reset;
    }

    private Letter letter(UserAccount account, String token, PasswordReset reset) {
        String link = address.of("/reset-password.xhtml?token=" + token);
        String until = "The link works once, until " + Dates.dayAndTime(reset.getExpiresAt()) + " (30 minutes). ";
        String why = reset.getReason() == Reason.FORCED
                ? "An administrator has asked you to choose a new password for Cascade. Your old password no longer "
                        + "works, and you have been signed out.\n\nChoose a new password here:\n\n" + link + "\n\n"
                        + until + "After that, ask for a new link at " + address.of("/reset.xhtml") + ".\n"
                : "Someone asked to reset the password of your Cascade account. If it was you, choose a new "
                        + "password here:\n\n" + link + "\n\n" + until + "If it was not you, you can ignore this "
                        + "email: your password stays as it is.\n";
        return new Letter(account.getPerson().getEmail(), "Choose a new password for Cascade",
                "Dear " + account.getPerson().getName() + ",\n\n" + why);
    }
}
