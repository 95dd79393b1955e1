package uk.org.cascade.security.control;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which email an ID token vouches for. Only an address the provider says is the person's: {@code email} with
 * {@code email_verified} true, or, for a Microsoft Entra tenant the administrator trusts, {@code preferred_username}
 * (Entra sends no {@code email_verified}, but within a tenant it manages the sign-in name is the work address).
 */
final class SingleSignOnEmail {

    /** What the claims came to: an email to look up, or the reason there is none. */
    sealed interface Choice permits Vouched, Unverified, Missing {
    }

    record Vouched(String email) implements Choice {
    }

    /** An email, but one the provider does not vouch for. */
    record Unverified() implements Choice {
    }

    /** No email at all: the provider was not asked for, or would not share, the {@code email} scope. */
    record Missing() implements Choice {
    }

    private SingleSignOnEmail() {
    }

    static Choice from(Map<String, Object> claims, Set<String> trustedTenants) {
        Object email = claims.get("email");
        if (email instanceof String address && !address.isBlank() && isTrue(claims.get("email_verified"))) {
            return new Vouched(address.strip());
        }
        Object tenant = claims.get("tid");
        Object username = claims.get("preferred_username");
        if (tenant instanceof String tid && trustedTenants.contains(tid.strip().toLowerCase(Locale.ROOT))
                && username instanceof String name && name.contains("@")) {
            return new Vouched(name.strip());
        }
        return email instanceof String address && !address.isBlank() || username instanceof String
                ? new Unverified() : new Missing();
    }

    /** Some providers send the flag as the string "true". */
    private static boolean isTrue(Object flag) {
        return Boolean.TRUE.equals(flag) || flag instanceof String s && s.equalsIgnoreCase("true");
    }
}
