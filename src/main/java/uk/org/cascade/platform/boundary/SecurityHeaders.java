package uk.org.cascade.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.org.cascade.platform.control.FormDestinations;
import uk.org.cascade.platform.control.MapTiles;
import uk.org.cascade.platform.control.TransportSecurity;

/**
 * The headers every answer carries, pages, API, files, health and errors alike. They are defaults: an answer that
 * chooses its own (a page's Content-Security-Policy with PrimeFaces' nonce, a picture's caching, the certificate
 * check's stricter referrer rule) replaces the default instead of sending a second, conflicting header.
 *
 * <p>Pages get their policy from PrimeFaces ({@code primefaces.CSP_POLICY} in web.xml, a fresh nonce per answer);
 * everything else gets {@link #NOTHING_TO_RUN}: JSON, CSV, pictures and style sheets run no script and load nothing.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";
    public static final String CACHE_CONTROL = "Cache-Control";
    /** For answers that are not pages. */
    public static final String NOTHING_TO_RUN = "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
    /** Powerful browser features Cascade never uses: no page may ask for them, nor hand them to a frame. */
    public static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=()";
    /** Style sheets, scripts and fonts under Faces' resource path hold nothing personal and may be cached. */
    static final String STATIC_RESOURCES = "/jakarta.faces.resource/";

    /** Headers an answer may set for itself, replacing the default (the rest are always the defaults). */
    private static final Set<String> CHOSEN_BY_THE_ANSWER = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        CHOSEN_BY_THE_ANSWER.addAll(Set.of(CSP, CACHE_CONTROL, "Referrer-Policy", "X-Frame-Options",
                "X-Content-Type-Options", "Permissions-Policy", "Strict-Transport-Security"));
    }

    @Inject
    @ConfigProperty(name = "cascade.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    MapTiles mapTiles;

    @Inject
    Instance<FormDestinations> formDestinations;

    private TransportSecurity transport;

    @PostConstruct
    void readTransport() {
        transport = TransportSecurity.of(baseUrl);
    }

    /** Sets every default the answer does not have yet; safe to call more than once per request. */
    public void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        defaults(path, transport).forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
    }

    static Map<String, String> defaults(String path, TransportSecurity transport) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CSP, NOTHING_TO_RUN);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("X-Frame-Options", "SAMEORIGIN");
        headers.put("Permissions-Policy", PERMISSIONS);
        if (!path.startsWith(STATIC_RESOURCES)) {
            // Pages and API answers carry names, emails and records about people: never kept by browsers or proxies.
            headers.put(CACHE_CONTROL, "no-store");
        }
        transport.strictTransportSecurity().ifPresent(hsts -> headers.put("Strict-Transport-Security", hsts));
        return headers;
    }

    /** Whether an answer's own value for this header replaces the default rather than being added beside it. */
    static boolean chosenByTheAnswer(String name) {
        return CHOSEN_BY_THE_ANSWER.contains(name);
    }

    /**
     * A page's own policy, as the browser gets it: with {@code frame-ancestors}, and the map tile server's origin
     * among its image sources while one is configured ({@code CASCADE_MAP_TILES}), and the single sign-on
     * provider's origin among its form destinations ({@link FormDestinations}).
     */
    String pagePolicy(String policy) {
        String kept = keepFrameAncestors(policy);
        String withTiles = mapTiles.source().map(s -> withImagesFrom(kept, s.origin())).orElse(kept);
        String result = withTiles;
        for (FormDestinations destinations : formDestinations) {
            for (String origin : destinations.origins()) {
                result = withSource(result, "form-action", origin);
            }
        }
        return result;
    }

    /** Adds {@code origin} to an {@code img-src} that allows some images; a policy without one is left alone. */
    static String withImagesFrom(String policy, String origin) {
        return withSource(policy, "img-src", origin);
    }

    /** Adds {@code origin} to {@code directive} if it allows something; a policy without it is left alone. */
    static String withSource(String policy, String directive, String origin) {
        String[] directives = policy.split(";", -1);
        for (int i = 0; i < directives.length; i++) {
            String d = directives[i].strip();
            String lower = d.toLowerCase(Locale.ROOT);
            if (lower.startsWith(directive + " ") && !lower.contains("'none'") && !lower.contains(" " + origin)) {
                directives[i] = (i == 0 ? "" : " ") + d + " " + origin;
                return String.join(";", directives);
            }
        }
        return policy;
    }

    /** An answer may pick its own policy but never lose {@code frame-ancestors}: no other site may frame Cascade. */
    static String keepFrameAncestors(String policy) {
        if (policy.toLowerCase(Locale.ROOT).contains("frame-ancestors")) {
            return policy;
        }
        String trimmed = policy.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed + "; frame-ancestors 'self'";
    }
}
