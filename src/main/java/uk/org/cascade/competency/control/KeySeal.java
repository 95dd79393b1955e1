package uk.org.cascade.competency.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the credential signing key for the database: AES-256-GCM under a key derived (HKDF-SHA256, RFC 5869) from
 * {@code CASCADE_SECRET_KEY}, with the key's id as associated data, so a sealed key pasted into another row does not
 * open. The secret is at least 32 random bytes written as Base64 ({@code openssl rand -base64 32}).
 */
public final class KeySeal {

    /** Why a secret or a sealed key was refused, in words fit for the log (never the secret itself). */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    static final int MINIMUM_SECRET_BYTES = 32;
    private static final String VERSION = "v1";
    private static final byte[] INFO = "cascade credential signing key v1".getBytes(StandardCharsets.UTF_8);
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private KeySeal(byte[] key) {
        this.key = key;
    }

    /** The seal for a configured secret; refused when it is missing, not Base64, or shorter than 32 bytes. */
    public static KeySeal of(Optional<String> secret) throws Refused {
        String text = secret.map(String::strip).orElse("");
        if (text.isEmpty()) {
            throw new Refused("CASCADE_SECRET_KEY is not set");
        }
        byte[] bytes;
        try {
            bytes = text.contains("-") || text.contains("_") ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new Refused("CASCADE_SECRET_KEY is not Base64 (make one with: openssl rand -base64 32)");
        }
        if (bytes.length < MINIMUM_SECRET_BYTES) {
            throw new Refused("CASCADE_SECRET_KEY holds " + bytes.length + " bytes; it needs at least "
                    + MINIMUM_SECRET_BYTES + " random bytes (make one with: openssl rand -base64 32)");
        }
        return new KeySeal(hkdf(bytes));
    }

    /** {@code v1.<nonce>.<ciphertext and tag>}, Base64url. */
    public String seal(String plain, String keyId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, keyId).doFinal(plain.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            return VERSION + "." + b64.encodeToString(nonce) + "." + b64.encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The plain key; refused when it was sealed under another secret (or for another key id), or is damaged. */
    public String open(String sealed, String keyId) throws Refused {
        String[] parts = sealed == null ? new String[0] : sealed.split("\\.");
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new Refused("the stored signing key is not in a form this Cascade knows");
        }
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            byte[] plain = cipher(Cipher.DECRYPT_MODE, b64.decode(parts[1]), keyId).doFinal(b64.decode(parts[2]));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new Refused("the stored signing key does not open with this CASCADE_SECRET_KEY: it was made under "
                    + "another secret (set that one again; or delete the row of credential_signing_key to make a new "
                    + "key, after which credentials issued so far no longer verify)");
        } catch (GeneralSecurityException e) {
            throw new Refused("the stored signing key is damaged");
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String keyId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** HKDF-SHA256 to one 32-byte block: extract with a zero salt (the secret is random already), then expand. */
    static byte[] hkdf(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            byte[] prk = mac.doFinal(secret);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            mac.update(INFO);
            mac.update((byte) 1);
            byte[] okm = mac.doFinal();
            Arrays.fill(prk, (byte) 0);
            return okm;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
