package uk.org.cascade.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2-HMAC-SHA512 with 210,000 iterations and a 32-byte salt (OWASP's recommendation for PBKDF2). */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate("decoy password for unknown accounts".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as a real check, so that unknown emails cannot be told apart by timing. */
    public void spendTimeOnUnknownAccount(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
