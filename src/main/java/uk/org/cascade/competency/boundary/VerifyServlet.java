package uk.org.cascade.competency.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import uk.org.cascade.competency.boundary.Verification.Verified;
import uk.org.cascade.competency.control.IssuerKeys;
import uk.org.cascade.platform.boundary.SameOrigin;

/**
 * {@code /verify/{code}}: anyone holding a certificate (an employer, a school) checks it without signing in, and
 * anyone handed a digital credential pastes it into the page's form. The answer shows only what the certificate
 * itself shows, as an HTML page or, asked for, as JSON. Nothing here is logged: the page carries a name.
 */
@WebServlet({"/verify", "/verify/*"})
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** A signed credential is a few kilobytes; anything much longer is not one. */
    static final int MAX_FORM_BYTES = 64 * 1024;
    private static final long DRAINED_AT_MOST = 1024 * 1024;

    @Inject
    transient Verification verification;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String code = path == null ? "" : path.substring(1);
        if (code.isEmpty() && !wantsJson(request.getHeader("Accept"))) {
            page(response, HttpServletResponse.SC_OK, VerifyPage.form());
            return;
        }
        Optional<Verified> found = verification.check(code);
        headers(response);
        response.setStatus(found.isPresent() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        if (wantsJson(request.getHeader("Accept"))) {
            response.setContentType("application/json");
            response.getWriter().write(json(found));
        } else {
            page(response, response.getStatus(), VerifyPage.ofCode(found));
        }
    }

    /** A pasted credential. Like every form here it must come from Cascade's own page (its Origin), and be short. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SameOrigin.byFetchSiteOrOrigin(request)) {
            page(response, HttpServletResponse.SC_FORBIDDEN,
                    VerifyPage.refused("Send the form from this page: a form on another site cannot check here", ""));
            return;
        }
        Optional<String> pasted = field(request, VerifyPage.FIELD);
        if (pasted.isEmpty()) {
            page(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, VerifyPage.refused(
                    "The pasted text is longer than " + MAX_FORM_BYTES / 1024 + " KB: a credential is much shorter", ""));
            return;
        }
        // A refused paste is answered like Cascade's other forms: the page again, with its error summary
        if (pasted.get().isBlank()) {
            page(response, HttpServletResponse.SC_OK, VerifyPage.refused("Paste a credential to check", ""));
            return;
        }
        try {
            VerifyPage.View view = VerifyPage.ofCredential(verification.checkCredential(pasted.get()));
            page(response, HttpServletResponse.SC_OK,
                    view.error() == null ? view : VerifyPage.refused(view.error(), pasted.get()));
        } catch (IssuerKeys.Unavailable e) {
            page(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, VerifyPage.unavailable());
        }
    }

    /** The form's field, read from at most {@link #MAX_FORM_BYTES} of the body; empty when the body is longer. */
    static Optional<String> field(HttpServletRequest request, String name) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            if (request.getContentLengthLong() > MAX_FORM_BYTES) {
                drain(in);
                return Optional.empty();
            }
            body = in.readNBytes(MAX_FORM_BYTES + 1);
            if (body.length > MAX_FORM_BYTES) {
                drain(in);
                return Optional.empty();
            }
        }
        if (body.length == 0 && request.getParameter(name) != null) {
            // Something read the form before this servlet: the container parsed it (within its own size limit)
            String parsed = request.getParameter(name);
            return parsed.length() > MAX_FORM_BYTES ? Optional.empty() : Optional.of(parsed);
        }
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && name.equals(pair.substring(0, eq))) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.of(pair.substring(eq + 1));
                }
            }
        }
        return Optional.of("");
    }

    /** Reads (and drops) a little of an over-long body, so the browser hears the refusal rather than a reset. */
    private static void drain(InputStream in) throws IOException {
        byte[] chunk = new byte[8192];
        long left = DRAINED_AT_MOST;
        int read;
        while (left > 0 && (read = in.read(chunk, 0, (int) Math.min(chunk.length, left))) > 0) {
            left -= read;
        }
    }


    private static void headers(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setCharacterEncoding("UTF-8");
    }

    private static void page(HttpServletResponse response, int status, VerifyPage.View view) throws IOException {
        headers(response);
        response.setStatus(status);
        response.setContentType("text/html");
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        VerifyPage.write(response.getWriter(), view);
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
            return Json.createObjectBuilder().add("valid", false).add("status", "UNKNOWN").add("detail", VerifyPage.UNKNOWN)
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
}
