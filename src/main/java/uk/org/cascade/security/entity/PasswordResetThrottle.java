package uk.org.cascade.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Reset mails for one submitted email: at most {@link #MAX_MAILS} in {@link #WINDOW} from the first. Kept for any
 * email, whether an account uses it or not, so the throttle reveals nothing; the email itself is stored only as
 * its SHA-256 ({@link LoginThrottle#hash}). In the database, so every instance of a cluster counts the same mails.
 */
@Entity
@Table(name = "password_reset_throttle")
public class PasswordResetThrottle {

    public static final int MAX_MAILS = 3;
    public static final Duration WINDOW = Duration.ofHours(1);

    @Id
    @Column(name = "email_hash", length = 64)
    private String emailHash;

    @Column(name = "window_started_at")
    private Instant windowStartedAt;

    @Column(nullable = false)
    private int mails;

    protected PasswordResetThrottle() {
    }

    public PasswordResetThrottle(String email) {
        this.emailHash = LoginThrottle.hash(email);
    }

    /** Counts one more mail at {@code now} if the allowance has room; whether it had. */
    public boolean allowMail(Instant now) {
        if (windowStartedAt == null || !now.isBefore(windowStartedAt.plus(WINDOW))) {
            windowStartedAt = now;
            mails = 0;
        }
        if (mails >= MAX_MAILS) {
            return false;
        }
        mails++;
        return true;
    }

    public int getMails() {
        return mails;
    }
}
