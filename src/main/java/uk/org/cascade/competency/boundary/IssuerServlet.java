package uk.org.cascade.competency.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.org.cascade.competency.control.IssuerKeys;
import uk.org.cascade.competency.control.OpenBadge;
import uk.org.cascade.platform.boundary.Problem;

/**
 * What a verifier elsewhere fetches, without signing in: the issuer's public keys ({@code /.well-known/jwks.json})
 * and the signed revocation list that every credential's status points at. Neither names anyone.
 */
@WebServlet({IssuerServlet.JWKS_PATH, OpenBadge.STATUS_LIST_PATH})
public class IssuerServlet extends HttpServlet {

    static final String JWKS_PATH = "/.well-known/jwks.json";
    private static final long serialVersionUID = 1L;

    @Inject
    transient IssuerKeys keys;

    @Inject
    transient Credentials credentials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setCharacterEncoding("UTF-8");
        // Public documents for any verifier, a browser wallet on another site included
        response.setHeader("Access-Control-Allow-Origin", "*");
        String body;
        String type;
        try {
            if (JWKS_PATH.equals(request.getServletPath())) {
                body = keys.jwks();
                type = "application/jwk-set+json";
            } else {
                body = credentials.statusList();
                type = CredentialsResource.VC_JWT;
            }
        } catch (IssuerKeys.Unavailable e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank")
                    .add("title", "Service Unavailable").add("status", 503).add("detail", e.getMessage()).build()
                    .toString());
            return;
        }
        // A revocation shows at once; keys change rarely, but a short cache costs nothing here
        response.setHeader("Cache-Control", JWKS_PATH.equals(request.getServletPath()) ? "public, max-age=300" : "no-cache");
        response.setContentType(type);
        response.getWriter().write(body);
    }
}
