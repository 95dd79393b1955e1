package uk.org.cascade.competency.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import uk.org.cascade.competency.boundary.Verification.Verified;
import uk.org.cascade.competency.control.Certificate;

/**
 * {@code /verify/{code}}: anyone holding a certificate (an employer, a school) checks it without signing in.
 * The answer shows only what the certificate itself shows, as an HTML page or, asked for, as JSON.
 * Nothing here is logged: the page carries a name.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String UNKNOWN = "No certificate has this code";

    @Inject
    transient Verification verification;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String code = path == null ? "" : path.substring(1);
        Optional<Verified> found = verification.check(code);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setStatus(found.isPresent() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        response.setCharacterEncoding("UTF-8");
        if (wantsJson(request.getHeader("Accept"))) {
            response.setContentType("application/json");
            response.getWriter().write(json(found));
        } else {
            response.setContentType("text/html");
            response.setHeader("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
            page(response.getWriter(), found);
        }
    }

    /** JSON when the client names it before (or without) HTML; a browser gets the page. */
    static boolean wantsJson(String accept) {
        if (accept == null) {
            return false;
        }
        int json = accept.indexOf("application/json");
        int html = accept.indexOf("text/html");
        return json >= 0 && (html < 0 || json < html);
    }

    static String json(Optional<Verified> found) {
        if (found.isEmpty()) {
            return Json.createObjectBuilder().add("valid", false).add("status", "UNKNOWN").add("detail", UNKNOWN)
                    .build().toString();
        }
        Verified v = found.get();
        JsonObjectBuilder body = Json.createObjectBuilder().add("valid", v.valid()).add("status", v.status().name())
                .add("name", v.name()).add("competency", v.competency()).add("signedOn", v.signedOn().toString());
        if (v.validUntil() == null) {
            body.addNull("validUntil");
        } else {
            body.add("validUntil", v.validUntil().toString());
        }
        return body.build().toString();
    }

    static void page(PrintWriter out, Optional<Verified> found) {
        String headline = found.map(VerifyServlet::headline).orElse(UNKNOWN);
        boolean valid = found.map(Verified::valid).orElse(false);
        out.write("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>" + escape(headline) + " \u2013 certificate check \u2013 Cascade</title>\n"
                + "<style>body{font-family:system-ui,Arial,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c;"
                + "max-width:40rem;margin:2rem auto;padding:0 1rem}h1{border-left:.5rem solid "
                + (valid ? "#00703c" : "#d4351c") + ";padding-left:1rem}dt{font-weight:bold}dd{margin:0 0 1rem 0}"
                + "</style>\n</head>\n<body>\n<main>\n<h1>" + escape(headline) + "</h1>\n");
        found.ifPresentOrElse(v -> out.write("<p>A certificate of competence recorded in Cascade.</p>\n<dl>\n"
                + "<dt>Name</dt><dd>" + escape(v.name()) + "</dd>\n"
                + "<dt>Competency</dt><dd>" + escape(v.competency()) + "</dd>\n"
                + "<dt>Signed off on</dt><dd>" + date(v.signedOn()) + "</dd>\n"
                + "<dt>Valid until</dt><dd>" + (v.validUntil() == null ? "Does not expire" : date(v.validUntil()))
                + "</dd>\n</dl>\n"),
                () -> out.write("<p>Check the code against the certificate: it has 12 letters and digits.</p>\n"));
        out.write("</main>\n</body>\n</html>\n");
    }

    private static String headline(Verified v) {
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
