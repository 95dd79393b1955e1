package uk.org.cascade.platform;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets that stand in for a password in an address or a header: calendar feeds, reset links, API tokens.
 * 256 bits from {@link SecureRandom}, as URL-safe Base64 without padding (43 characters).
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String random256() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
