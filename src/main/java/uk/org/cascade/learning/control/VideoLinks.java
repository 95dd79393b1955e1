package uk.org.cascade.learning.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Videos are hosted elsewhere, and only on YouTube or Vimeo: a link to either is shown as a privacy-enhanced
 * embed ({@code youtube-nocookie.com}, {@code player.vimeo.com}). Any other address is refused when the page is
 * saved, so that learners never get a frame from an unknown site.
 */
public final class VideoLinks {

    /** The embed address, and the original link for those who prefer to open it. */
    public record Video(String embedUrl, String link, String host) {
    }

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern VIMEO_ID = Pattern.compile("[0-9]{1,12}");

    private VideoLinks() {
    }

    public static Optional<Video> parse(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null
                || uri.getPort() != -1) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        String id = null;
        if (host.equals("youtu.be")) {
            id = path.length() > 1 ? path.substring(1) : null;
        } else if (host.equals("www.youtube.com") || host.equals("youtube.com") || host.equals("m.youtube.com")
                || host.equals("www.youtube-nocookie.com") || host.equals("youtube-nocookie.com")) {
            if (path.equals("/watch") && uri.getQuery() != null) {
                Matcher v = Pattern.compile("(?:^|&)v=([^&]+)").matcher(uri.getQuery());
                id = v.find() ? v.group(1) : null;
            } else if (path.startsWith("/embed/") || path.startsWith("/shorts/") || path.startsWith("/live/")) {
                id = path.substring(path.indexOf('/', 1) + 1);
            }
        } else if (host.equals("vimeo.com") || host.equals("www.vimeo.com") || host.equals("player.vimeo.com")) {
            String last = path.replaceFirst("^/video/", "/");
            id = last.length() > 1 ? last.substring(1) : null;
            return id != null && VIMEO_ID.matcher(id).matches()
                    ? Optional.of(new Video("https://player.vimeo.com/video/" + id, "https://vimeo.com/" + id, "Vimeo"))
                    : Optional.empty();
        }
        return id != null && YOUTUBE_ID.matcher(id).matches()
                ? Optional.of(new Video("https://www.youtube-nocookie.com/embed/" + id,
                "https://www.youtube.com/watch?v=" + id, "YouTube"))
                : Optional.empty();
    }
}
