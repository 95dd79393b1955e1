package uk.org.cascade.learning.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one policy for a module page's rich text, applied on every save: headings, paragraphs, lists, emphasis,
 * quotations, links (http, https, mailto; opened with rel="noopener noreferrer") and images (https or our own
 * resource addresses). Scripts, styles, event handlers, frames, SVG, forms and every other URL scheme never
 * survive. What the editor (Quill) adds for alignment and indentation is kept through its classes only.
 */
public final class PageHtml {

    private static final Pattern QUILL_CLASS = Pattern.compile("(?:ql-[a-z0-9-]+)(?:\\s+ql-[a-z0-9-]+)*");
    private static final Pattern LIST_KIND = Pattern.compile("bullet|ordered");
    /** https anywhere, or a path on our own server (module resources); never "//host" or "/\host", which browsers read as another host. */
    private static final Pattern IMAGE_SRC = Pattern.compile("(?i)(?:https://|/(?![/\\\\]))[^\\s\"'<>\\\\]*");
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\balt=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    public static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "b", "em", "i", "u", "s",
                    "blockquote", "a", "img", "span", "sub", "sup", "hr", "pre", "code")
            .allowAttributes("class").matching(QUILL_CLASS).onElements("p", "li", "h2", "h3", "h4", "span", "ol", "ul")
            .allowAttributes("data-list").matching(LIST_KIND).onElements("li")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src").matching(IMAGE_SRC).onElements("img")
            .allowAttributes("alt", "width", "height").onElements("img")
            .toFactory();

    private PageHtml() {
    }

    /** The html made safe; null or blank input gives an empty string. */
    public static String sanitise(String html) {
        return html == null || html.isBlank() ? "" : POLICY.sanitize(html);
    }

    /** How many images of (sanitised) html have no alt text or only blanks: a page with any is not published. */
    public static int imagesWithoutAlt(String sanitised) {
        int missing = 0;
        Matcher img = IMG.matcher(sanitised == null ? "" : sanitised);
        while (img.find()) {
            Matcher alt = ALT.matcher(img.group());
            if (!alt.find() || alt.group(1).replace("&#32;", " ").isBlank()) {
                missing++;
            }
        }
        return missing;
    }

    /** Text without markup, e.g. to tell an empty editor from a page with words. */
    public static boolean hasText(String sanitised) {
        return sanitised != null && (!sanitised.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").isBlank()
                || IMG.matcher(sanitised).find());
    }
}
