package uk.org.cascade.platform.control;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether people reach Cascade over https, decided by its public address ({@code CASCADE_BASE_URL}) rather than
 * by the request: behind a TLS-terminating proxy Payara itself only ever sees plain http.
 *
 * @param https the public address starts with {@code https://}
 */
public record TransportSecurity(boolean https) {

    /** One year, the period browsers' HSTS preload lists ask for. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** From the configured base URL; missing or unreadable means plain http, as in local development. */
    public static TransportSecurity of(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return new TransportSecurity(false);
        }
        try {
            String scheme = URI.create(baseUrl.strip()).getScheme();
            return new TransportSecurity(scheme != null && scheme.toLowerCase(Locale.ROOT).equals("https"));
        } catch (IllegalArgumentException e) {
            return new TransportSecurity(false);
        }
    }

    /** The session cookie is sent back only over https once the public address is https. */
    public boolean secureCookies() {
        return https;
    }

    /** {@code Strict-Transport-Security}, only when served over https (browsers ignore it over http anyway). */
    public Optional<String> strictTransportSecurity() {
        return https ? Optional.of(HSTS) : Optional.empty();
    }
}
