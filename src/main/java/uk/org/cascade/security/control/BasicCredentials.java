package uk.org.cascade.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uk.org.cascade.platform.Emails;
import uk.org.cascade.platform.control.Today;
import uk.org.cascade.security.control.Callers.Caller;

/**
 * HTTP Basic credentials verified in the last minute, so that a script's repeated calls do not each pay for the
 * password hash. What is kept is a keyed hash (HMAC-SHA256, with a key that lives only in this instance's memory)
 * of the email and password, never the password, against the account and its version when it was verified: a new
 * password, deactivation or any other change to the account bumps the version and sends the next call back to the
 * full check. So does a pause of sign-in for the email, so throttling answers as before. Failures are never
 * remembered.
 */
@ApplicationScoped
public class BasicCredentials {

    static final Duration REMEMBERED_FOR = Duration.ofSeconds(60);
    static final int MAX_REMEMBERED = 10_000;

    private record Verified(long accountId, long version, Instant until) {
    }

    @Inject
    Callers callers;

    @Inject
    SignIn signIn;

    @Inject
    Today today;

    private final byte[] key = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public BasicCredentials() {
        new SecureRandom().nextBytes(key);
    }

    /** The caller, if this email and password were verified less than a minute ago and the account is unchanged. */
    public Optional<Caller> recall(String email, String password) {
        String hash = hash(email, password);
        Verified known = verified.get(hash);
        if (known == null) {
            return Optional.empty();
        }
        Instant now = today.now();
        if (!now.isBefore(known.until()) || signIn.isPaused(email, now)) {
            verified.remove(hash, known);
            return Optional.empty();
        }
        Optional<Caller> caller = callers.byId(known.accountId())
                .filter(c -> c.account().getVersion() == known.version());
        if (caller.isEmpty()) {
            verified.remove(hash, known);
        }
        return caller;
    }

    /** Remembers a credential the full check has just accepted for {@code caller}. */
    public void remember(String email, String password, Caller caller) {
        Instant now = today.now();
        if (verified.size() >= MAX_REMEMBERED) {
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(hash(email, password),
                new Verified(caller.account().getId(), caller.account().getVersion(), now.plus(REMEMBERED_FOR)));
    }

    private String hash(String email, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(Emails.normalise(email).getBytes(StandardCharsets.UTF_8));
            // A separator no email contains, so that "a@b" + "c" and "a@bc" + "" differ.
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
