package uk.org.cascade.competency.boundary;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import uk.org.cascade.competency.boundary.Verification.Verified;
import uk.org.cascade.competency.control.Certificate;

/**
 * The check page of {@code /verify}: a certificate's standing by its code, and a form to paste a credential. Plain
 * HTML with no script (its own strict policy); everything written into it passes through {@link #escape}.
 */
final class VerifyPage {

    static final String UNKNOWN = "No certificate has this code";
    static final String FIELD = "credential";

    /** What the page shows: a headline, its colour, the body's HTML, and an error for the paste field (or null). */
    record View(String headline, boolean good, String bodyHtml, String error, String pasted) {
    }

    private VerifyPage() {
    }

    static View ofCode(Optional<Verified> found) {
        String headline = found.map(VerifyPage::headline).orElse(UNKNOWN);
        String body = found.map(v -> "<p>A certificate of competence recorded in Cascade.</p>\n" + details(v))
                .orElse("<p>Check the code against the certificate: it has 12 letters and digits.</p>\n");
        return new View(headline, found.map(Verified::valid).orElse(false), body, null, null);
    }

    static View form() {
        return new View("Check a certificate or credential", true,
                "<p>Open the address printed on a certificate (or scan its QR code), or paste a digital credential "
                + "below.</p>\n", null, null);
    }

    static View ofCredential(Verification.CredentialCheck check) {
        return switch (check.outcome()) {
            case CHECKED -> new View(headline(check.verified()), check.verified().valid(),
                    "<p>" + (check.verified().valid() ? "This credential was issued by this Cascade and is unchanged: "
                    + "its signature matches." : "This credential was issued by this Cascade, but it no longer counts.")
                    + "</p>\n" + details(check.verified()), null, null);
            case NOT_OURS -> new View("Not issued by this Cascade", false,
                    "<p>The credential's signature does not match this Cascade's key, or it differs from the credential "
                    + "this Cascade issued: it was changed, or it comes from elsewhere. Do not rely on it.</p>\n",
                    null, null);
            case UNREADABLE -> refused("This is not a credential: paste the whole signed text (three parts separated "
                    + "by dots) or the credential's JSON", "");
        };
    }

    static View refused(String error, String pasted) {
        return new View("Check a certificate or credential", true, "", error, pasted);
    }

    static View unavailable() {
        return new View("Credential checks are not available", false,
                "<p>This Cascade has no signing key set up, so it cannot check credentials. Certificate codes still "
                + "work.</p>\n", null, null);
    }

    static void write(PrintWriter out, View view) {
        String title = (view.error() == null ? "" : "Error: ") + view.headline();
        out.write("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>" + escape(title) + " \u2013 certificate check \u2013 Cascade</title>\n"
                + "<style>body{font-family:system-ui,Arial,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c;"
                + "max-width:40rem;margin:2rem auto;padding:0 1rem}h1{border-left:.5rem solid "
                + (view.good() ? "#00703c" : "#d4351c") + ";padding-left:1rem;overflow-wrap:anywhere}"
                + "dt{font-weight:bold}dd{margin:0 0 1rem 0;overflow-wrap:anywhere}"
                + "label{display:block;font-weight:bold;margin-bottom:.25rem}.hint{color:#505a5f;margin:0 0 .5rem}"
                + "textarea{box-sizing:border-box;width:100%;min-height:8rem;font:inherit;font-size:1rem;"
                + "border:2px solid #0b0c0c;padding:.5rem}textarea:focus,button:focus,a:focus{outline:3px solid #fd0;"
                + "outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}"
                + "button{font:inherit;background:#00703c;color:#fff;border:0;padding:.5rem 1rem;margin-top:.75rem;"
                + "cursor:pointer}a{color:#1d70b8}"
                + ".error-summary{border:5px solid #d4351c;padding:1rem;margin-bottom:1.5rem}"
                + ".error-summary h2{margin-top:0}.error-message{color:#d4351c;font-weight:bold;margin:0 0 .5rem}"
                + ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
                + "</style>\n</head>\n<body>\n<main>\n");
        if (view.error() != null) {
            out.write("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">\n"
                    + "<h2 id=\"error-summary-title\">There is a problem</h2>\n<ul>\n<li><a href=\"#" + FIELD + "\">"
                    + escape(view.error()) + "</a></li>\n</ul>\n</div>\n");
        }
        out.write("<h1>" + escape(view.headline()) + "</h1>\n" + view.bodyHtml());
        out.write("<form method=\"post\">\n<h2>Check a digital credential</h2>\n"
                + "<label for=\"" + FIELD + "\">Paste the credential</label>\n"
                + "<p class=\"hint\" id=\"" + FIELD + "-hint\">The Open Badge a learner downloaded from Cascade: the "
                + "signed text, or its JSON.</p>\n");
        if (view.error() != null) {
            out.write("<p class=\"error-message\" id=\"" + FIELD + "-error\"><span class=\"visually-hidden\">Error: "
                    + "</span>" + escape(view.error()) + "</p>\n");
        }
        out.write("<textarea id=\"" + FIELD + "\" name=\"" + FIELD + "\" rows=\"6\" spellcheck=\"false\" "
                + "autocomplete=\"off\" aria-describedby=\"" + FIELD + "-hint"
                + (view.error() == null ? "" : " " + FIELD + "-error") + "\""
                + (view.error() == null ? "" : " aria-invalid=\"true\"") + ">"
                + escape(view.pasted() == null ? "" : view.pasted()) + "</textarea>\n"
                + "<button type=\"submit\">Check credential</button>\n</form>\n</main>\n</body>\n</html>\n");
    }

    private static String details(Verified v) {
        return "<dl>\n<dt>Name</dt><dd>" + escape(v.name()) + "</dd>\n"
                + "<dt>Competency</dt><dd>" + escape(v.competency()) + "</dd>\n"
                + "<dt>Signed off on</dt><dd>" + date(v.signedOn()) + "</dd>\n"
                + "<dt>Valid until</dt><dd>" + (v.validUntil() == null ? "Does not expire" : date(v.validUntil()))
                + "</dd>\n</dl>\n";
    }

    static String headline(Verified v) {
        return switch (v.status()) {
            case VALID -> "Valid";
            case REVOKED -> "Revoked";
            case EXPIRED -> "Expired on " + date(v.expiredOn());
        };
    }

    private static String date(LocalDate day) {
        return Certificate.DATE.format(day);
    }

    /** Everything written into the page passes through here. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
