package uk.org.cascade.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import uk.org.cascade.platform.Emails;
import uk.org.cascade.platform.Sha256;

/**
 * Failed sign-ins for one submitted email. After {@link #MAX_FAILURES} failures, sign-in for that
 * email pauses for {@link #COOLING_OFF}. Kept for any email, existing account or not, so a pause
 * reveals nothing; the email itself is stored only as a SHA-256 hash. Stored in the database so
 * that every instance of a cluster sees the same count.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration COOLING_OFF = Duration.ofMinutes(15);

    @Id
    @Column(name = "email_hash", length = 64)
    private String emailHash;

    @Column(nullable = false)
    private int failures;

    @Column(name = "paused_until")
    private Instant pausedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String email) {
        this.emailHash = hash(email);
    }

    public static String hash(String email) {
        return Sha256.hex(String.valueOf(Emails.normalise(email)));
    }

    /** When sign-in is paused at {@code now}, the instant it resumes. */
    public Optional<Instant> pausedAt(Instant now) {
        return pausedUntil != null && now.isBefore(pausedUntil) ? Optional.of(pausedUntil) : Optional.empty();
    }

    public void recordFailure(Instant now) {
        if (pausedUntil != null && !now.isBefore(pausedUntil)) {
            // The pause is over: a fresh allowance of attempts.
            failures = 0;
            pausedUntil = null;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            pausedUntil = now.plus(COOLING_OFF);
        }
    }

    public void recordSuccess() {
        failures = 0;
        pausedUntil = null;
    }

    public int getFailures() {
        return failures;
    }
}
