package uk.org.cascade.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach Cascade at, for links that leave the browser: mail, calendar feeds, the verification
 * address printed on certificates. {@code CASCADE_BASE_URL} decides when it is set (behind a proxy nothing else
 * can know the public name). Unset, it is {@code http://localhost:} and the port Cascade really listens on: the
 * port the first request arrived at (the launcher's {@code CASCADE_HTTP_PORT}, or whichever port Payara was
 * given), and before any request the launcher's setting. A request's own Host header is never used: it is
 * whatever the caller sent.
 */
@ApplicationScoped
public class PublicAddress {

    static final int DEFAULT_PORT = 8080;

    @Inject
    @ConfigProperty(name = "cascade.base.url")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "cascade.http.port")
    Optional<String> launcherPort;

    private volatile int listening;

    /** The base without a trailing slash: {@code https://cascade.example.org} or {@code http://localhost:8080}. */
    public String base() {
        return configured.map(String::strip).filter(s -> !s.isEmpty()).map(PublicAddress::withoutTrailingSlash)
                .orElseGet(() -> "http://localhost:" + port());
    }

    /** The full address of a path within Cascade: {@code of("/verify/ABC")}. */
    public String of(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    /** Told the local port of each request as it arrives; only the first is kept. */
    public void heard(int localPort) {
        if (listening == 0 && localPort > 0) {
            listening = localPort;
        }
    }

    int port() {
        if (listening > 0) {
            return listening;
        }
        return launcherPort.map(String::strip).filter(p -> p.matches("\\d{1,5}")).map(Integer::parseInt)
                .orElse(DEFAULT_PORT);
    }

    static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
