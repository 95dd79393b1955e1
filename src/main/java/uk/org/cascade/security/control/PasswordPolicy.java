package uk.org.cascade.security.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.org.cascade.platform.ValidationFailure;
import uk.org.cascade.platform.Violation;

/** What a password must be: at least 12 characters, at most 128, and not the owner's email. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static List<Violation> check(String password, String email) {
        List<Violation> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(Violation.field("password", "password is required"));
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(Violation.field("password", "password must be at least " + MIN_LENGTH
                    + " characters long (it has " + length + "); a few unrelated words make a strong one"));
        }
        if (length > MAX_LENGTH) {
            problems.add(Violation.field("password", "password must be at most " + MAX_LENGTH + " characters long"));
        }
        if (email != null && !email.isBlank() && isTheEmail(password, email)) {
            problems.add(Violation.field("password", "password must not be your email address"));
        }
        return problems;
    }

    public static void enforce(String password, String email) {
        List<Violation> problems = check(password, email);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
    }

    private static boolean isTheEmail(String password, String email) {
        String p = password.strip().toLowerCase(Locale.ROOT);
        String e = email.strip().toLowerCase(Locale.ROOT);
        int at = e.indexOf('@');
        return p.equals(e) || (at > 0 && p.equals(e.substring(0, at)));
    }
}
