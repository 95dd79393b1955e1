package uk.org.cascade.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single sign-on's settings: {@code CASCADE_OIDC_ISSUER}, {@code CASCADE_OIDC_CLIENT_ID},
 * {@code CASCADE_OIDC_CLIENT_SECRET}, optionally {@code CASCADE_OIDC_LABEL} (the button's words) and
 * {@code CASCADE_OIDC_TRUSTED_TENANTS} (Entra tenant ids, comma-separated, whose {@code preferred_username} is the
 * person's email). Without an issuer, client id and secret there is no button and no single sign-on.
 */
@ApplicationScoped
public class SingleSignOnSettings {

    public static final String DEFAULT_LABEL = "Sign in with single sign-on";

    @Inject
    @ConfigProperty(name = "cascade.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "cascade.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "cascade.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "cascade.oidc.label")
    Optional<String> label;

    @Inject
    @ConfigProperty(name = "cascade.oidc.trusted-tenants")
    Optional<String> trustedTenants;

    public boolean enabled() {
        return present(issuer) && present(clientId) && present(clientSecret);
    }

    /** The issuer exactly as the provider writes it in its tokens. */
    String issuer() {
        return issuer.orElseThrow().strip();
    }

    String clientId() {
        return clientId.orElseThrow().strip();
    }

    String clientSecret() {
        return clientSecret.orElseThrow().strip();
    }

    public String label() {
        return label.map(String::strip).filter(l -> !l.isEmpty()).orElse(DEFAULT_LABEL);
    }

    Set<String> trustedTenants() {
        return trustedTenants.map(t -> Arrays.stream(t.split(","))
                        .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    private static boolean present(Optional<String> value) {
        return value.isPresent() && !value.get().isBlank();
    }
}
