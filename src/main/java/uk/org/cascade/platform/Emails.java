package uk.org.cascade.platform;

import java.util.Locale;

/** How an email address is compared everywhere: a person's unique email, a sign-in, a throttle count. */
public final class Emails {

    private Emails() {
    }

    /** Stripped and lower-cased, so that uniqueness and sign-in are case-insensitive on any collation. */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
