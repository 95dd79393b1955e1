package uk.org.cascade.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import uk.org.cascade.platform.Sha256;

/**
 * A link that lets the holder of an account choose a new password: once, and for {@link #VALID_FOR} after it was
 * sent. Only the SHA-256 of the link's token is kept, so someone who reads the table cannot use it.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);

    /** Why the link was sent. */
    public enum Reason {
        /** The holder asked for it on the sign-in page or through the API. */
        REQUESTED,
        /** An administrator stopped the old password and sent the holder a link. */
        FORCED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount account;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reason reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    /** A link for {@code token} (the secret the mail carries, never stored), sent at {@code sentAt}. */
    public PasswordReset(UserAccount account, String token, Reason reason, Instant sentAt) {
        this.account = Objects.requireNonNull(account, "account");
        this.tokenHash = hash(Objects.requireNonNull(token, "token"));
        this.reason = Objects.requireNonNull(reason, "reason");
        // The database keeps microseconds: the same instants in memory and on disk.
        this.createdAt = sentAt.truncatedTo(ChronoUnit.MICROS);
        this.expiresAt = createdAt.plus(VALID_FOR);
    }

    /** What is stored of a token, and looked up by: its SHA-256, in hex. */
    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** Not used yet, and {@code now} is before it expires (the expiry instant itself is too late). */
    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the link: it never works again. Using up a spent link keeps the first use. */
    public void useUp(Instant now) {
        if (usedAt == null) {
            usedAt = now.truncatedTo(ChronoUnit.MICROS);
        }
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Reason getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
