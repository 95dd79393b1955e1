package uk.org.cascade.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The background of maps ({@code CASCADE_MAP_TILES}): a Leaflet tile address template such as
 * {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png} (the default), or {@code none} for markers on a plain
 * background. Pages may load images from the tile server, and from nowhere else: its origin joins the pages'
 * {@code img-src} (SecurityHeaders) only while a template is set.
 */
@ApplicationScoped
public class MapTiles {

    /** One tile source: its template and the credit its licence asks for (HTML with links only). */
    public record Source(String template, String attribution, String origin) {
    }

    public static final String OPENSTREETMAP = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    static final String OPENSTREETMAP_CREDIT =
            "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";
    public static final String NONE = "none";

    private static final Logger LOG = Logger.getLogger(MapTiles.class.getName());

    /** A credit may link to its provider and say nothing else but text. */
    private static final PolicyFactory CREDIT = new HtmlPolicyBuilder().allowElements("a").allowUrlProtocols("https")
            .allowAttributes("href").onElements("a").requireRelsOnLinks("noopener", "noreferrer").toFactory();

    @Inject
    @ConfigProperty(name = "cascade.map.tiles", defaultValue = OPENSTREETMAP)
    String template;

    @Inject
    @ConfigProperty(name = "cascade.map.attribution")
    Optional<String> attribution;

    private Optional<Source> source = Optional.empty();

    @PostConstruct
    void read() {
        try {
            source = of(template, attribution.orElse(null));
        } catch (IllegalArgumentException e) {
            // The setting is not logged: a tile address may carry the provider's key.
            LOG.warning("CASCADE_MAP_TILES is not usable (" + e.getMessage() + "); maps draw no background");
        }
    }

    /** The tile source, or empty for markers on a plain background. */
    public Optional<Source> source() {
        return source;
    }

    /**
     * {@code none} for no tiles; else an http(s) template with {z}, {x} and {y} whose host may start with Leaflet's
     * {s} subdomain. A custom template's credit is {@code attribution}; OpenStreetMap's is built in.
     */
    static Optional<Source> of(String template, String attribution) {
        String t = template == null || template.isBlank() ? OPENSTREETMAP : template.strip();
        if (t.equalsIgnoreCase(NONE)) {
            return Optional.empty();
        }
        for (String part : new String[] {"{z}", "{x}", "{y}"}) {
            if (!t.contains(part)) {
                throw new IllegalArgumentException("a tile template needs {z}, {x} and {y}; " + part + " is missing");
            }
        }
        URI uri;
        try {
            uri = new URI(t.replace("{s}.", "a.").replaceAll("\\{[a-z]+}", "0"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a tile template must be an address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("a tile template must start with https:// and a host name");
        }
        String host = t.contains("://{s}.") ? "*." + uri.getHost().substring(2) : uri.getHost();
        String origin = scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        String credit = t.equals(OPENSTREETMAP) ? OPENSTREETMAP_CREDIT
                : CREDIT.sanitize(attribution == null ? "" : attribution.strip());
        return Optional.of(new Source(t, credit, origin));
    }
}
