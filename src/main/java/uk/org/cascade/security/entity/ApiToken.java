package uk.org.cascade.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.LinkedHashMap;
import java.util.Map;
import uk.org.cascade.platform.Sha256;
import uk.org.cascade.platform.Validation;

/**
 * A machine's way in: a secret that acts, on the API only, as its owner with the owner's roles and scope of the
 * moment. Only a SHA-256 of the secret is kept, so a copy of the database signs nobody in. It expires after the
 * days its owner chose (at most a year) and can be revoked; revoked tokens stay on record for the audit trail.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int NAME_MAX = 100;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
    public static final String DAYS_RULE = "expiresInDays must be a whole number of days from " + MIN_DAYS + " to "
            + MAX_DAYS;
    /** The last use is written at most this often, so that a busy script does not write on every call. */
    public static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount owner;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    /** A token for {@code secret}, which is not kept; refused unless the name and days are within the rules. */
    public ApiToken(UserAccount owner, String name, Integer expiresInDays, String secret, Instant now) {
        Validation check = new Validation();
        check(check, name, expiresInDays);
        check.orThrow();
        this.owner = owner;
        this.name = name.strip();
        this.tokenHash = hash(secret);
        // To the second: the answer that issues it then agrees with every later read of the stored columns.
        this.createdAt = now.truncatedTo(ChronoUnit.SECONDS);
        this.expiresAt = createdAt.plus(Duration.ofDays(expiresInDays));
    }

    public static void check(Validation check, String name, Integer expiresInDays) {
        check.require(name != null && !name.isBlank(), "name", "name is required: what the token is for")
                .require(name == null || name.strip().length() <= NAME_MAX, "name",
                        "name must be at most " + NAME_MAX + " characters")
                .require(expiresInDays != null && expiresInDays >= MIN_DAYS && expiresInDays <= MAX_DAYS,
                        "expiresInDays", DAYS_RULE);
    }

    /** What is stored and looked up for a secret: its SHA-256, in hex. */
    public static String hash(String secret) {
        return Sha256.hex(secret);
    }

    /** Whether the token signs its owner in at {@code at}: not revoked, and {@code at} is before it expires. */
    public boolean isUsableAt(Instant at) {
        return usable(expiresAt, revokedAt, at);
    }

    /** The same rule on the columns alone, for the sign-in check that reads no entity. */
    public static boolean usable(Instant expiresAt, Instant revokedAt, Instant at) {
        return revokedAt == null && at.isBefore(expiresAt);
    }

    public boolean isExpiredAt(Instant at) {
        return !at.isBefore(expiresAt);
    }

    /** Whether a use at {@code now} should be written down: never used, or last written a minute or more ago. */
    public static boolean useWorthRecording(Instant lastUsedAt, Instant now) {
        return lastUsedAt == null || !lastUsedAt.isAfter(now.minus(USE_RECORDED_EVERY));
    }

    /** Stops the token working from {@code at}; revoking it again changes nothing. Returns whether it did. */
    public boolean revoke(Instant at) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        return true;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** What the audit trail records: never the secret nor its hash. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("userId", owner.getId());
        state.put("name", name);
        state.put("created", createdAt);
        state.put("expires", expiresAt);
        if (revokedAt != null) {
            state.put("revoked", revokedAt);
        }
        return state;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
