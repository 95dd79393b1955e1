package uk.org.cascade.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.cascade.it.Forms;
import uk.org.cascade.it.Api;
import uk.org.cascade.it.Api.Caller;
import uk.org.cascade.it.DeployedCascade;
import uk.org.cascade.it.TestDatabase;

/**
 * A browser session is a credential another site could ride on: forms need Faces' view state,
 * and API writes with the session cookie need Cascade's own origin.
 */
class CsrfIT extends DeployedCascade {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    HttpClient browser;

    @BeforeEach
    void signInThroughTheForm() throws Exception {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String viewState = viewState(get("/login.xhtml").body());
        HttpResponse<String> signedIn = postForm("/login.xhtml", Map.of("login", "login",
                "login:email", TestDatabase.ADMIN_EMAIL, "login:password", TestDatabase.ADMIN_PASSWORD,
                "login:signIn", "", "jakarta.faces.ViewState", viewState));
        assertEquals(302, signedIn.statusCode());
    }

    @Test
    void apiWriteWithTheSessionCookie_fromAnotherOrigin_is403AndCreatesNothing() throws Exception {
        String email = "csrf." + UUID.randomUUID() + "@school.test";

        HttpResponse<String> forged = postJson("/api/v1/users", SecurityIT.userJson(email, "LEARNER", null),
                "https://evil.example");
        HttpResponse<String> noOrigin = postJson("/api/v1/users", SecurityIT.userJson(email, "LEARNER", null), null);

        assertEquals(403, forged.statusCode());
        assertEquals(403, noOrigin.statusCode());
        assertEquals(0, api.get("/api/v1/users?q=" + email, Caller.ADMIN).json().getInt("total"));
    }

    @Test
    void apiWriteWithTheSessionCookie_fromCascadesOwnPages_isAllowed() throws Exception {
        String email = "same.origin." + UUID.randomUUID() + "@school.test";
        URI origin = api.uri("/");

        HttpResponse<String> created = postJson("/api/v1/users", SecurityIT.userJson(email, "LEARNER", null),
                origin.getScheme() + "://" + origin.getHost() + ":" + origin.getPort());

        assertEquals(201, created.statusCode(), created.body());
    }

    @Test
    void signOutPostedWithoutTheRealViewState_doesNothing() throws Exception {
        postForm("/index.xhtml", Map.of("session", "session", "session:signOut", ""));
        postForm("/index.xhtml", Map.of("session", "session", "session:signOut", "",
                "jakarta.faces.ViewState", "-1234567890:987654321"));

        HttpResponse<String> home = get("/index.xhtml");
        assertEquals(200, home.statusCode(), "still signed in: neither forged sign-out was carried out");
        assertTrue(home.body().contains("Welcome"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(api.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = Forms.encode(fields);
        return browser.send(HttpRequest.newBuilder(api.uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, String json, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        assertTrue(m.find(), "the login page carries a view state");
        return m.group(1);
    }
}
