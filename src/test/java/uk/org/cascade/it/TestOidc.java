package uk.org.cascade.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider (mock-oauth2-server) in the test JVM, started with the test database before
 * Payara boots, so that the deployment offers single sign-on against it. It signs anyone in without asking; a
 * test says what the next ID token claims with {@link #nextSignIn}.
 */
public final class TestOidc {

    public static final String CLIENT_ID = "cascade-it";
    /** A Microsoft Entra tenant the deployment trusts to name its people by {@code preferred_username}. */
    public static final String TRUSTED_TENANT = "0c7d3a52-5b7e-4b0e-9d5c-1a2b3c4d5e6f";
    private static final String ISSUER_ID = "cascade";
    private static final String CLIENT_SECRET = "it-client-secret";

    private static MockOAuth2Server server;

    private TestOidc() {
    }

    /** Starts the provider on a free loopback port; the system properties that point Payara at it. */
    static synchronized List<String> start() {
        if (server == null) {
            server = new MockOAuth2Server();
            try {
                server.start(InetAddress.getByName("127.0.0.1"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.of("-Dcascade.oidc.issuer=" + issuer(),
                "-Dcascade.oidc.client-id=" + CLIENT_ID,
                "-Dcascade.oidc.client-secret=" + CLIENT_SECRET,
                "-Dcascade.oidc.trusted-tenants=" + TRUSTED_TENANT);
    }

    static synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    public static String issuer() {
        return running().issuerUrl(ISSUER_ID).toString();
    }

    /** The claims of the next ID token the provider issues, for a person it knows as {@code subject}. */
    public static void nextSignIn(String subject, Map<String, Object> claims) {
        running().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID),
                claims, 3600));
    }

    private static MockOAuth2Server running() {
        MockOAuth2Server mock = server;
        if (mock == null) {
            throw new IllegalStateException("The test OpenID provider runs only in the integration tests (failsafe)");
        }
        return mock;
    }
}
